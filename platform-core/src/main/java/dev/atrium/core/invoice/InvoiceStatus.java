package dev.atrium.core.invoice;

import dev.atrium.plugin.problem.RuleViolationException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an invoice or a credit note stands, and every move it may make, in this one table. A draft is validated
 * (it takes its number) or abandoned; a validated invoice is paid in parts or at once, or abandoned while nothing
 * was paid on it; a credit note is never paid, so it stops at Validated.
 */
public enum InvoiceStatus {
    DRAFT,
    VALIDATED,
    PARTIALLY_PAID,
    PAID,
    ABANDONED;

    private static final Map<InvoiceStatus, Set<InvoiceStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(VALIDATED, ABANDONED),
            VALIDATED, EnumSet.of(PARTIALLY_PAID, PAID, ABANDONED),
            PARTIALLY_PAID, EnumSet.of(PARTIALLY_PAID, PAID),
            PAID, EnumSet.noneOf(InvoiceStatus.class),
            ABANDONED, EnumSet.noneOf(InvoiceStatus.class));

    boolean mayMoveTo(InvoiceStatus target) {
        return ALLOWED.get(this).contains(target);
    }

    /** {@code target}, or a 409 {@code invoice-transition-refused} naming both statuses. */
    InvoiceStatus moveTo(InvoiceStatus target) {
        if (!mayMoveTo(target)) {
            throw new RuleViolationException("invoice-transition-refused", "Transition refused",
                    "An invoice that is " + name() + " cannot become " + target.name() + ".",
                    Map.of("status", name(), "target", target.name()));
        }
        return target;
    }

    /** Validated, partly paid or paid: it has its number and says what it said at validation. */
    boolean frozen() {
        return this != DRAFT;
    }
}
