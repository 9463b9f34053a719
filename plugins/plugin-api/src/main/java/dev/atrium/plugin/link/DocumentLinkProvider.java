package dev.atrium.plugin.link;

import java.util.List;

/**
 * Lets a module's documents take part in "linked objects": an order linked to
 * a contract shows the contract, and the contract shows the order.
 *
 * <p><strong>Not called yet:</strong> the linked-objects feature of the core
 * arrives with its own issue; a bean of this type in a module's child context
 * will be asked to describe the module's documents there.
 *
 * <pre>{@code
 * @Component
 * class ContractLinks implements DocumentLinkProvider {
 *     public String documentType() { return "contract"; }
 *
 *     public List<LinkedDocument> describe(List<Long> ids) {
 *         return contracts.findAllById(ids).stream()
 *                 .map(c -> new LinkedDocument("contract", c.getId(), c.getReference(), "contracts/" + c.getId()))
 *                 .toList();
 *     }
 * }
 * }</pre>
 */
public interface DocumentLinkProvider {

    /** The type name stored on links, e.g. {@code contract}; unique across modules. */
    String documentType();

    /** Describes the bound tenant's documents with these ids; ids it cannot see are left out. */
    List<LinkedDocument> describe(List<Long> ids);

    /**
     * A document as a link shows it.
     *
     * @param type  {@link #documentType()}
     * @param id    the document's id
     * @param label e.g. its reference
     * @param path  page path below the tenant's pages, without a leading slash
     */
    record LinkedDocument(String type, long id, String label, String path) {
    }
}
