package dev.atrium.core.order;

import dev.atrium.core.proposal.LineView;
import dev.atrium.core.sales.DocumentTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A sales order with its lines (each with what is invoiced and what is still to invoice), totals, tax summary and
 * the draft invoices made from it.
 *
 * @param proposalId the approved proposal it was made from, if any
 * @param invoiceIds the invoices made from it, oldest first
 * @param actions    what may be done to it by hand now ({@code validate}, {@code deliver}, {@code cancel})
 */
record OrderView(long id, String reference, long partyId, String partyName, Currency currency, LocalDate orderDate,
        String notes, OrderStatus status, Long proposalId, List<OrderLineView> lines, DocumentTotals totals,
        List<Long> invoiceIds, List<String> actions, boolean invoiceable, Instant createdAt, long version) {

    /** A line with its invoicing: {@code invoiced + remaining = quantity}. */
    record OrderLineView(LineView line, BigDecimal invoiced, BigDecimal remaining) {
    }

    static OrderView of(SalesOrder order, List<Long> invoiceIds) {
        List<OrderLineView> lines = order.lines().stream()
                .map(line -> new OrderLineView(LineView.of(line), LineView.plain(line.invoiced()),
                        LineView.plain(line.remaining())))
                .toList();
        return new OrderView(order.getId(), order.reference(), order.partyId(), order.partyName(), order.currency(),
                order.orderDate(), order.notes(), order.status(), order.proposalId(), lines, order.totals(),
                invoiceIds, order.status().actions().stream().map(OrderStatus.Action::key).toList(),
                order.status().invoiceable() && lines.stream().anyMatch(line -> line.remaining().signum() > 0),
                order.createdAt(), order.getVersion());
    }
}
