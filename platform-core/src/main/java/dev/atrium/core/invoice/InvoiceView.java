package dev.atrium.core.invoice;

import dev.atrium.core.sales.DocumentTotals.TaxSummary;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.party.PartyAddress;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * An invoice or credit note with its lines, totals, tax summary and the documents linked to it. Public, with its
 * parts, because the pages' templates read it by reflection.
 *
 * @param reference      the legal number, or {@code (PROV12)} while a draft
 * @param partyName      the party's name: as copied at validation once validated, its current name before
 * @param billingAddress copied at validation; {@code null} before, or when the party had none
 * @param balance        what is still owed: the gross less what was paid and credited (zero unless validated)
 * @param credit         {@code NONE}, {@code PARTLY} or {@code FULLY}: how much credit notes took back
 * @param links          the credit notes of an invoice, the invoice a credit note corrects, where it came from
 * @param version        to send back when changing the draft
 */
public record InvoiceView(long id, InvoiceKind kind, InvoiceStatus status, String reference, String number,
        long partyId, String partyCode, String partyName, String partyTaxId, PartyAddress billingAddress,
        Currency currency, LocalDate invoiceDate, LocalDate dueDate, String notes, Long creditedInvoiceId,
        NewInvoice.Origin origin, String abandonReason, List<LineView> lines, Money net, Money tax, Money gross,
        List<TaxSummary> taxes, Money paid, Money credited, Money balance, String credit, List<LinkView> links,
        Instant validatedAt, long version) {

    public boolean draft() {
        return status == InvoiceStatus.DRAFT;
    }

    public boolean creditNote() {
        return kind == InvoiceKind.CREDIT_NOTE;
    }

    /**
     * One line.
     *
     * @param creditable how much of its quantity a new credit note may still take back (validated invoices)
     */
    public record LineView(long id, int position, String label, String description, BigDecimal quantity, String unit,
            Money unitPrice, BigDecimal discountPercent, BigDecimal taxRate, String taxName, Long productId,
            Long taxRateId, Long creditedLineId, Money net, Money tax, Money gross, BigDecimal creditable) {
    }

    /**
     * A document linked to this one.
     *
     * @param relation {@code credit-note}, {@code credits} (the invoice a credit note corrects) or {@code origin}
     * @param type     {@code invoice}, {@code credit-note}, or the origin's own type ({@code order})
     */
    public record LinkView(String relation, String type, long id, String reference, InvoiceStatus status, Money gross) {
    }
}
