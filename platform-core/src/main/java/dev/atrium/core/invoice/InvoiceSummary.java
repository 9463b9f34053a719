package dev.atrium.core.invoice;

import dev.atrium.plugin.list.CsvColumns;
import dev.atrium.plugin.money.Money;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * An invoice or credit note as a list row or an export line.
 *
 * @param reference the legal number, or the provisional reference of a draft: {@code (PROV12)}
 * @param balance   what is still owed on it
 */
public record InvoiceSummary(long id, InvoiceKind kind, InvoiceStatus status, String reference, String number,
        long partyId, String partyName, LocalDate invoiceDate, LocalDate dueDate, Money net, Money gross,
        Money balance) {

    static InvoiceSummary of(InvoiceRow row) {
        Money gross = Money.of(row.gross(), row.currency());
        Money balance = row.kind() == InvoiceKind.INVOICE && row.status() != InvoiceStatus.DRAFT
                && row.status() != InvoiceStatus.ABANDONED
                ? gross.minus(Money.of(row.paid(), row.currency())).minus(Money.of(row.credited(), row.currency()))
                : Money.zero(row.currency());
        return new InvoiceSummary(row.id(), row.kind(), row.status(),
                row.number() != null ? row.number() : "(PROV" + row.id() + ")", row.number(), row.partyId(),
                row.partyName(), row.invoiceDate(), row.dueDate(), Money.of(row.net(), row.currency()), gross,
                balance);
    }

    /** An export's columns, named by field, headed {@code invoice.field.<field>}; values as a person reads them. */
    static CsvColumns<InvoiceSummary> columns(Function<String, String> say) {
        return CsvColumns.<InvoiceSummary>of("reference", InvoiceSummary::reference)
                .and("kind", row -> say.apply("invoice.kind." + row.kind()))
                .and("status", row -> say.apply("invoice.status." + row.status()))
                .and("party", InvoiceSummary::partyName)
                .and("invoiceDate", InvoiceSummary::invoiceDate)
                .and("dueDate", InvoiceSummary::dueDate)
                .and("currency", row -> row.gross().currency().getCurrencyCode())
                .and("net", row -> row.net().amount().toPlainString())
                .and("gross", row -> row.gross().amount().toPlainString())
                .and("balance", row -> row.balance().amount().toPlainString());
    }
}
