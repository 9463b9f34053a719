package dev.atrium.core.order;

import dev.atrium.plugin.problem.RuleViolationException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a sales order is in its life, and every move it may make: this table and nowhere else. A draft is
 * validated (and numbered), delivered, and billed once every line is invoiced; until billed it may be canceled.
 */
public enum OrderStatus {
    DRAFT, VALIDATED, DELIVERED, BILLED, CANCELED;

    enum Action {
        VALIDATE(OrderStatus.VALIDATED, EnumSet.of(DRAFT)),
        DELIVER(OrderStatus.DELIVERED, EnumSet.of(VALIDATED)),
        BILL(OrderStatus.BILLED, EnumSet.of(VALIDATED, DELIVERED)),
        CANCEL(OrderStatus.CANCELED, EnumSet.of(DRAFT, VALIDATED, DELIVERED));

        private final OrderStatus target;
        private final Set<OrderStatus> from;

        Action(OrderStatus target, Set<OrderStatus> from) {
            this.target = target;
            this.from = from;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An order's lines are invoiced once it is validated, until it is billed. */
    private static final Set<OrderStatus> INVOICEABLE = EnumSet.of(VALIDATED, DELIVERED);

    boolean allows(Action action) {
        return action.from.contains(this);
    }

    /** What a person may do; billing is what invoicing the last of the lines does. */
    List<Action> actions() {
        return Arrays.stream(Action.values()).filter(action -> action != Action.BILL && allows(action)).toList();
    }

    boolean invoiceable() {
        return INVOICEABLE.contains(this);
    }

    /** The status {@code action} leads to, or the 409 a client gets naming the status and the action. */
    OrderStatus apply(Action action) {
        if (!allows(action)) {
            throw new RuleViolationException("order-transition-refused", "Order status change refused",
                    "A " + key() + " sales order does not allow " + action.key() + ".",
                    Map.of("status", key(), "action", action.key()));
        }
        return action.target;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
