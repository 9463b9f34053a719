package dev.atrium.core.proposal;

import dev.atrium.plugin.history.FieldChange;
import dev.atrium.plugin.history.RecordHistory;
import dev.atrium.plugin.problem.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the features after proposals in the chain do with an approved one: take it, in their transaction and under
 * its row lock, to write the order or invoice it becomes, then record what it became. Two conversions of the same
 * proposal queue on the lock, and the second finds it converted already (a 409).
 *
 * <pre>{@code
 * ApprovedProposal approved = proposals.take(id);        // 404, or 409 unless approved and unconverted
 * long orderId = orders.createFrom(approved);
 * proposals.becameOrder(id, orderId);
 * }</pre>
 */
@Service
public class ApprovedProposals {

    private final EntityManager entityManager;
    private final RecordHistory history;
    private final Clock clock;

    ApprovedProposals(EntityManager entityManager, RecordHistory history, Clock clock) {
        this.entityManager = entityManager;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ApprovedProposal take(long proposalId) {
        Proposal proposal = locked(proposalId);
        proposal.requireConvertible();
        return new ApprovedProposal(proposal.getId(), proposal.reference(), proposal.partyId(), proposal.currency(),
                proposal.notes(), proposal.lines().stream().map(SalesLine::terms).toList());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void becameOrder(long proposalId, long orderId, String orderLabel) {
        locked(proposalId).convertedInto(orderId, null, clock.instant());
        history.changed(ProposalService.HISTORY, proposalId,
                List.of(new FieldChange("proposal.field.order", null, orderLabel)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void becameInvoice(long proposalId, long invoiceId, String invoiceLabel) {
        locked(proposalId).convertedInto(null, invoiceId, clock.instant());
        history.changed(ProposalService.HISTORY, proposalId,
                List.of(new FieldChange("proposal.field.invoice", null, invoiceLabel)));
    }

    private Proposal locked(long proposalId) {
        Proposal proposal = entityManager.find(Proposal.class, proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new NotFoundException("Proposal", proposalId);
        }
        return proposal;
    }
}
