package dev.atrium.core.link;

import dev.atrium.plugin.link.DocumentLinkProvider;

/**
 * A core feature's documents as linked documents show them: proposals, orders, invoices and credit notes each
 * come with a bean of this type, which describes them in the reader's language like a module's
 * {@link DocumentLinkProvider} describes a module's, and names the right to read them.
 *
 * <pre>{@code
 * @Component
 * class InvoiceLinks implements CoreDocumentType {
 *     public String documentType() { return "invoice"; }
 *     public String typeName(Locale locale) { return messages.getMessage("invoice.links.type", null, locale); }
 *     public String readPermission() { return CorePermissions.INVOICE_READ; }
 *     public List<LinkedDocument> describe(List<Long> ids) { ... }     // the bound tenant's, by @TenantId and RLS
 * }
 * }</pre>
 */
public interface CoreDocumentType extends DocumentLinkProvider {

    /** The right to read these documents: every core document type has one. */
    @Override
    String readPermission();
}
