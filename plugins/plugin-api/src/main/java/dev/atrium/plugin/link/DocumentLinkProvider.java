package dev.atrium.plugin.link;

import java.util.List;
import java.util.Locale;

/**
 * Lets a module's documents take part in "linked documents": an invoice linked to a contract shows the contract
 * among its linked documents, and the contract shows the invoice. A bean of this type in a module's child context
 * describes the module's documents whenever a page or the API lists what is linked to a document; the host asks
 * it only for a tenant that has the module active, with that tenant bound, so a deactivated module's documents
 * drop out of every list (their links are kept, and come back with the module).
 *
 * <pre>{@code
 * @Component
 * class ContractLinks implements DocumentLinkProvider {
 *     public String documentType() { return "contract"; }
 *
 *     public String typeName(Locale locale) { return messages.getMessage("contracts.links.type", null, locale); }
 *
 *     public String readPermission() { return "contracts:read"; }
 *
 *     @Transactional(readOnly = true)
 *     public List<LinkedDocument> describe(List<Long> ids) {
 *         return contracts.findAllById(ids).stream()
 *                 .map(c -> new LinkedDocument("contract", c.getId(), c.getReference() + " · " + c.getTitle(),
 *                         null, "contracts/" + c.getId()))
 *                 .toList();
 *     }
 * }
 * }</pre>
 */
public interface DocumentLinkProvider {

    /** The type name stored on links, e.g. {@code contract}: lower-case letters, digits and dashes, unique. */
    String documentType();

    /** What a group of these documents is headed with, in {@code locale}: "Contracts". */
    String typeName(Locale locale);

    /**
     * The right a user needs to see these documents among another's links; null when every user of the tenant
     * may. A user without it sees the other links, not these.
     */
    default String readPermission() {
        return null;
    }

    /**
     * Describes the bound tenant's documents with these ids, in the reader's language; ids it cannot see (another
     * tenant's, deleted ones) are left out, never an error.
     */
    List<LinkedDocument> describe(List<Long> ids);

    /**
     * A document as a link shows it.
     *
     * @param type   {@link #documentType()}
     * @param id     the document's id
     * @param label  e.g. its reference and title; shown as text, never as markup
     * @param status its status in the reader's language, or null when it has none
     * @param path   page path below the tenant's pages, without a leading slash: {@code contracts/42}
     */
    record LinkedDocument(String type, long id, String label, String status, String path) {

        public LinkedDocument {
            DocumentRef.requireType(type);
            if (label == null || path == null || path.startsWith("/")) {
                throw new IllegalArgumentException("A linked document has a label and a path below the tenant's "
                        + "pages, without a leading slash: " + label + ", " + path);
            }
        }

        /** A document without a status, as API 1.0 described one. */
        public LinkedDocument(String type, long id, String label, String path) {
            this(type, id, label, null, path);
        }

        public DocumentRef ref() {
            return new DocumentRef(type, id);
        }
    }
}
