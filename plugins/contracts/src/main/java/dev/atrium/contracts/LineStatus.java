package dev.atrium.contracts;

import dev.atrium.plugin.problem.RuleViolationException;
import java.util.Map;
import java.util.Set;

/**
 * Where a contract line is in its life: drafted, then active (it is what the customer pays for), then closed.
 * A draft may also be closed without ever running. The allowed moves are here and nowhere else.
 */
public enum LineStatus {
    DRAFT, ACTIVE, CLOSED;

    private static final Map<LineStatus, Set<LineStatus>> ALLOWED = Map.of(
            DRAFT, Set.of(ACTIVE, CLOSED),
            ACTIVE, Set.of(CLOSED),
            CLOSED, Set.of());

    public boolean canMoveTo(LineStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** {@code next}, or the refusal a client gets as a 409 problem naming both statuses. */
    LineStatus moveTo(LineStatus next) {
        if (!canMoveTo(next)) {
            throw new RuleViolationException("contract-line-transition-refused", "Line status change refused",
                    "A " + name().toLowerCase() + " contract line cannot become " + next.name().toLowerCase() + ".",
                    Map.of("from", name(), "to", next.name()));
        }
        return next;
    }
}
