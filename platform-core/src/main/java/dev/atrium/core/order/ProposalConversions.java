package dev.atrium.core.order;

import dev.atrium.core.invoice.InvoiceDrafts;
import dev.atrium.core.invoice.NewInvoice;
import dev.atrium.core.proposal.ApprovedProposal;
import dev.atrium.core.proposal.ApprovedProposals;
import dev.atrium.plugin.link.DocumentLinks;
import dev.atrium.plugin.link.DocumentRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An approved proposal becomes a draft sales order or, skipping the order, a draft invoice: lines copied with their
 * figures, so the amounts stay the same. Each conversion is recorded on both documents (the proposal names what it
 * became, the new document names the proposal as its origin), and a proposal converts only once: the proposal's
 * row is locked while it converts. The two are linked too, so each lists the other among its linked documents.
 */
@Service
class ProposalConversions {

    /** The proposals' document type, as an invoice's origin names it. */
    static final String PROPOSAL = "proposal";

    private final ApprovedProposals proposals;
    private final OrderService orders;
    private final InvoiceDrafts drafts;
    private final DocumentLinks links;

    ProposalConversions(ApprovedProposals proposals, OrderService orders, InvoiceDrafts drafts,
            DocumentLinks links) {
        this.proposals = proposals;
        this.orders = orders;
        this.drafts = drafts;
        this.links = links;
    }

    @Transactional
    OrderView toOrder(long proposalId) {
        ApprovedProposal approved = proposals.take(proposalId);
        SalesOrder order = orders.createFrom(approved);
        proposals.becameOrder(proposalId, order.getId(), order.label());
        links.link(new DocumentRef(PROPOSAL, proposalId), new DocumentRef(OrderService.HISTORY, order.getId()));
        return orders.get(order.getId());
    }

    /** @return the draft invoice's id */
    @Transactional
    long toInvoice(long proposalId) {
        ApprovedProposal approved = proposals.take(proposalId);
        long invoiceId = drafts.createDraft(new NewInvoice(approved.partyId(), approved.currency(), null, null,
                approved.notes(), approved.lines().stream().map(OrderService::invoiceLine).toList(),
                new NewInvoice.Origin(PROPOSAL, proposalId)));
        proposals.becameInvoice(proposalId, invoiceId, "#" + invoiceId);
        links.link(new DocumentRef(PROPOSAL, proposalId), new DocumentRef(OrderService.INVOICE_DOCUMENT, invoiceId));
        return invoiceId;
    }
}
