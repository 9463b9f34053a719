package dev.atrium.core.order;

import dev.atrium.plugin.list.CsvColumns;
import dev.atrium.plugin.money.Money;
import java.time.LocalDate;
import java.util.function.Function;

/** A sales order as a list row or an export line; a draft has no reference yet. */
record OrderSummary(long id, String reference, long partyId, String partyName, LocalDate orderDate,
        OrderStatus status, Money net, Money gross) {

    static OrderSummary of(OrderSearch.Row row) {
        return new OrderSummary(row.id(), row.reference(), row.partyId(), row.partyName(), row.orderDate(),
                row.status(), Money.of(row.netTotal(), row.currency()), Money.of(row.grossTotal(), row.currency()));
    }

    static CsvColumns<OrderSummary> columns(Function<String, String> say) {
        return CsvColumns.<OrderSummary>of("reference", OrderSummary::reference)
                .and("party", OrderSummary::partyName)
                .and("orderDate", OrderSummary::orderDate)
                .and("status", row -> say.apply("order.status." + row.status().key()))
                .and("currency", row -> row.gross().currency().getCurrencyCode())
                .and("net", row -> row.net().amount())
                .and("gross", row -> row.gross().amount());
    }
}
