package dev.atrium.core.proposal;

import dev.atrium.plugin.problem.RuleViolationException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a proposal is in its life, and every move it may make: this table and nowhere else. A draft is sent; the
 * customer answers by approving or rejecting it, or by negotiating, which may bring it back to a draft to rewrite.
 * Approved and rejected are final.
 */
public enum ProposalStatus {
    DRAFT, SENT, NEGOTIATION, APPROVED, REJECTED;

    /** What a person does to a proposal, each moving it from some statuses to one. */
    public enum Action {
        SEND(ProposalStatus.SENT, EnumSet.of(DRAFT)),
        NEGOTIATE(ProposalStatus.NEGOTIATION, EnumSet.of(SENT)),
        APPROVE(ProposalStatus.APPROVED, EnumSet.of(SENT, NEGOTIATION)),
        REJECT(ProposalStatus.REJECTED, EnumSet.of(SENT, NEGOTIATION)),
        REOPEN(ProposalStatus.DRAFT, EnumSet.of(NEGOTIATION));

        private final ProposalStatus target;
        private final Set<ProposalStatus> from;

        Action(ProposalStatus target, Set<ProposalStatus> from) {
            this.target = target;
            this.from = from;
        }

        /** As the API's paths and the bundles name it: {@code send}, {@code approve}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Still waiting for the customer's answer, so its validity date matters. */
    private static final Set<ProposalStatus> OPEN = EnumSet.of(DRAFT, SENT, NEGOTIATION);

    public boolean allows(Action action) {
        return action.from.contains(this);
    }

    /** The actions a proposal in this status offers, in the order a page shows them. */
    public List<Action> actions() {
        return Arrays.stream(Action.values()).filter(this::allows).toList();
    }

    /** The status {@code action} leads to, or the 409 a client gets naming the status and the action. */
    ProposalStatus apply(Action action) {
        if (!allows(action)) {
            throw new RuleViolationException("proposal-transition-refused", "Proposal status change refused",
                    "A " + key() + " proposal does not allow " + action.key() + ".",
                    Map.of("status", key(), "action", action.key()));
        }
        return action.target;
    }

    /** Past its validity date without an answer: shown as expired, in the tenant's today. */
    public boolean expiredOn(LocalDate validUntil, LocalDate today) {
        return OPEN.contains(this) && validUntil.isBefore(today);
    }

    static Set<ProposalStatus> open() {
        return OPEN;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
