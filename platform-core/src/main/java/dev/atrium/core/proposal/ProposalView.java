package dev.atrium.core.proposal;

import dev.atrium.core.sales.DocumentTotals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A proposal with its lines, totals and tax summary, as the API and its page show it.
 *
 * @param expired  past its validity date, in the company's today, without an answer
 * @param actions  what may be done to it now ({@code send}, {@code approve}...)
 * @param orderId  the sales order it became, once approved and converted
 * @param invoiceId the draft invoice it became instead
 */
record ProposalView(long id, String reference, long partyId, String partyName, Currency currency,
        LocalDate proposalDate, LocalDate validUntil, String notes, ProposalStatus status, boolean expired,
        String rejectionReason, Long orderId, Long invoiceId, List<LineView> lines, DocumentTotals totals,
        List<String> actions, boolean convertible, Instant createdAt, long version) {

    static ProposalView of(Proposal proposal, LocalDate today) {
        return new ProposalView(proposal.getId(), proposal.reference(), proposal.partyId(), proposal.partyName(),
                proposal.currency(), proposal.proposalDate(), proposal.validUntil(), proposal.notes(),
                proposal.status(), proposal.status().expiredOn(proposal.validUntil(), today),
                proposal.rejectionReason(), proposal.orderId(), proposal.invoiceId(),
                proposal.lines().stream().map(LineView::of).toList(), proposal.totals(),
                proposal.status().actions().stream().map(ProposalStatus.Action::key).toList(),
                proposal.status() == ProposalStatus.APPROVED && proposal.orderId() == null
                        && proposal.invoiceId() == null,
                proposal.createdAt(), proposal.getVersion());
    }
}
