/**
 * Invoices and credit notes: drafts edited freely, a legal number taken at validation, then frozen down to the
 * database; payments applied to them and credit notes correcting them. Other features create drafts through
 * {@link dev.atrium.core.invoice.InvoiceDrafts} and apply payments through
 * {@link dev.atrium.core.invoice.InvoicePayments}; modules create theirs through the plugin API's
 * {@code Invoicing}, each line carrying its source, once per idempotency key.
 */
@ApplicationModule(displayName = "Invoices",
        allowedDependencies = {"catalog", "link", "party", "principal", "problem", "sales", "sending", "tax",
                "tenancy", "web"})
package dev.atrium.core.invoice;

import org.springframework.modulith.ApplicationModule;
