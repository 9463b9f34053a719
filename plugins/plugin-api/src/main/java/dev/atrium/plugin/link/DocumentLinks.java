package dev.atrium.plugin.link;

import dev.atrium.plugin.link.DocumentLinkProvider.LinkedDocument;
import java.util.List;

/**
 * Links between the tenant's documents, of the core and of modules, shown both ways: a contract linked to an
 * invoice lists the invoice, the invoice lists the contract. The host implements it; a module injects it into its
 * beans like {@code Parties}, and describes its own documents with a {@link DocumentLinkProvider}.
 *
 * <p>Both documents must be the bound tenant's and of a type the tenant can see (a core type, or one of a module
 * it has active): the host asks the type's owner, so another tenant's id is a 404 like a missing one. Linking
 * joins the caller's transaction and rolls back with it; linking twice, either way round, keeps one link.
 *
 * <pre>{@code
 * @Transactional
 * public void invoiced(long contractId, long invoiceId) {
 *     contract(contractId);                                   // 404 for another tenant's id
 *     links.link(new DocumentRef("contract", contractId), new DocumentRef("invoice", invoiceId));
 * }
 *
 * // on the contract's page: model.addAttribute("links", links.linkedTo(new DocumentRef("contract", id)));
 * // and in its template:    <section th:replace="~{link/linked :: linked(${links})}"></section>
 * }</pre>
 */
public interface DocumentLinks {

    /**
     * Links {@code from} to {@code to}; nothing changes when they are linked already, whichever way.
     *
     * @throws dev.atrium.plugin.problem.NotFoundException when either is not a document the bound tenant has
     * @throws dev.atrium.plugin.problem.ProblemException  a 400 when both are the same document
     */
    void link(DocumentRef from, DocumentRef to);

    /**
     * What is linked to {@code document}, both ways, grouped by type (in the order of their names) and described
     * by each type's owner, in the reader's language. Documents the tenant or the signed-in user cannot see (another
     * tenant's, a deactivated module's, one of a type the user has no right to read) are left out; a job or an event
     * listener, which no person signed in to, sees every type of the tenant.
     */
    List<LinkedGroup> linkedTo(DocumentRef document);

    /**
     * The documents of one type linked to a document.
     *
     * @param type      their {@link DocumentRef#type()}
     * @param name      the type's name in the reader's language, what the group is headed with
     * @param documents by label
     */
    record LinkedGroup(String type, String name, List<LinkedDocument> documents) {

        public LinkedGroup {
            documents = List.copyOf(documents);
        }
    }
}
