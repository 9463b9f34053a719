package dev.atrium.core.invoice;

import dev.atrium.core.sales.DocumentTotals;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.party.PartyAddress;
import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.persistence.TenantScopedEntity;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * An invoice or a credit note, the aggregate root of its lines. A draft changes freely and shows a provisional
 * reference; {@link #validate} gives it its legal number and copies the party's details onto it, and from then on
 * what it says is frozen here and in the database (a trigger refuses it too). What may still move is what
 * happens to it: payments, credit notes, abandonment.
 */
@Entity
@Table(name = "invoice")
class Invoice extends TenantScopedEntity {

    @Enumerated(EnumType.STRING)
    private InvoiceKind kind;
    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;
    private String number;
    @Column(name = "party_id")
    private long partyId;
    private Currency currency;
    @Column(name = "invoice_date")
    private LocalDate invoiceDate;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private String notes;
    @Column(name = "credited_invoice_id")
    private Long creditedInvoiceId;
    @Column(name = "origin_type")
    private String originType;
    @Column(name = "origin_id")
    private Long originId;
    private BigDecimal net;
    private BigDecimal tax;
    private BigDecimal gross;
    private BigDecimal paid;
    private BigDecimal credited;
    @Column(name = "abandon_reason")
    private String abandonReason;
    @Column(name = "party_code")
    private String partyCode;
    @Column(name = "party_name")
    private String partyName;
    @Column(name = "party_tax_id")
    private String partyTaxId;
    @Column(name = "billing_line1")
    private String billingLine1;
    @Column(name = "billing_line2")
    private String billingLine2;
    @Column(name = "billing_postal_code")
    private String billingPostalCode;
    @Column(name = "billing_city")
    private String billingCity;
    @Column(name = "billing_region")
    private String billingRegion;
    @Column(name = "billing_country")
    private String billingCountry;
    @Column(name = "validated_at")
    private Instant validatedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    @OrderBy("position, id")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {
    }

    /** A new draft; {@code creditedInvoiceId} is the invoice a credit note corrects, {@code null} for an invoice. */
    Invoice(InvoiceKind kind, Header header, Long creditedInvoiceId, NewInvoice.Origin origin, Instant now) {
        this.kind = kind;
        this.status = InvoiceStatus.DRAFT;
        this.creditedInvoiceId = creditedInvoiceId;
        this.originType = origin == null ? null : origin.documentType();
        this.originId = origin == null ? null : origin.documentId();
        this.paid = BigDecimal.ZERO;
        this.credited = BigDecimal.ZERO;
        this.createdAt = now;
        this.currency = header.currency();
        describe(header, now);
    }

    /**
     * What a draft's header says. The currency changes only while the draft has no lines, since their prices are
     * in it.
     */
    record Header(long partyId, Currency currency, LocalDate invoiceDate, LocalDate dueDate, String notes) {
    }

    void describe(Header header, Instant now) {
        requireDraft();
        if (!header.currency().equals(currency) && !lines.isEmpty()) {
            throw new RuleViolationException("invoice-currency-with-lines", "Currency fixed by the lines",
                    "The lines are priced in " + currency.getCurrencyCode() + "; remove them to change the currency.",
                    Map.of("currency", currency.getCurrencyCode()));
        }
        partyId = header.partyId();
        currency = header.currency();
        invoiceDate = header.invoiceDate();
        dueDate = header.dueDate();
        notes = header.notes();
        updatedAt = now;
        total();
    }

    /** A draft shows and lists its party under the party's current name; validation copies it for good. */
    void name(PartyReference party) {
        requireDraft();
        partyCode = party.code();
        partyName = party.name();
    }

    InvoiceLine addLine(InvoiceLines.Figures figures, Long creditedLineId, Instant now) {
        requireDraft();
        InvoiceLine line = new InvoiceLine(lines.size(), figures, creditedLineId);
        lines.add(line);
        updatedAt = now;
        total();
        return line;
    }

    /** Another document's line is a 404 before anything else, whatever state this one is in. */
    InvoiceLine changeLine(long lineId, InvoiceLines.Figures figures, Instant now) {
        InvoiceLine line = line(lineId);
        requireDraft();
        line.describe(figures);
        updatedAt = now;
        total();
        return line;
    }

    void removeLine(long lineId, Instant now) {
        InvoiceLine line = line(lineId);
        requireDraft();
        lines.remove(line);
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).moveTo(i);
        }
        updatedAt = now;
        total();
    }

    /**
     * The draft becomes the legal document: its number, and the party as it is now (name, code, tax id, billing
     * address), so a later edit of the party never changes what the document says.
     */
    void validate(String legalNumber, PartyReference party, Instant now) {
        requireDraft();
        if (lines.isEmpty()) {
            throw new RuleViolationException("invoice-without-lines", "No lines",
                    "A document without lines cannot be validated.", Map.of("id", getId()));
        }
        status = status.moveTo(InvoiceStatus.VALIDATED);
        number = legalNumber;
        partyCode = party.code();
        partyName = party.name();
        partyTaxId = party.taxId();
        PartyAddress address = party.billingAddress();
        if (address != null) {
            billingLine1 = address.line1();
            billingLine2 = address.line2();
            billingPostalCode = address.postalCode();
            billingCity = address.city();
            billingRegion = address.region();
            billingCountry = address.country();
        }
        validatedAt = now;
        updatedAt = now;
    }

    /** Given up with its reason: a draft keeps no number; a validated invoice keeps its own, never reused. */
    void abandon(String reason, Instant now) {
        InvoiceStatus abandoned = status.moveTo(InvoiceStatus.ABANDONED);
        if (paid.signum() > 0 || credited.signum() > 0) {
            throw new RuleViolationException("invoice-abandon-refused", "Payments or credits recorded",
                    "An invoice with payments or credit notes cannot be abandoned.", Map.of("id", getId()));
        }
        status = abandoned;
        abandonReason = reason;
        updatedAt = now;
    }

    /** {@code amount} paid on it: Partially paid, or Paid once nothing is left. */
    void pay(Money amount, Instant now) {
        if (kind != InvoiceKind.INVOICE) {
            throw new RuleViolationException("invoice-payment-refused", "Payment refused",
                    "A credit note is not paid.", Map.of("id", getId()));
        }
        if (!amount.isPositive() || amount.isGreaterThan(balance())) {
            throw new RuleViolationException("invoice-payment-over-balance", "Payment over the balance",
                    "A payment is more than zero and at most the balance, " + balance() + ".",
                    Map.of("balance", balance().amount().toPlainString(), "amount", amount.amount().toPlainString()));
        }
        Money after = balance().minus(amount);
        status = status.moveTo(after.isZero() ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID);
        paid = paid().plus(amount).amount();
        updatedAt = now;
    }

    /** A validated credit note of {@code amount} took back part of it; once nothing is left it is Paid. */
    void credit(Money amount, Instant now) {
        if (!status.frozen() || status == InvoiceStatus.ABANDONED) {
            throw new RuleViolationException("invoice-credit-refused", "Credit refused",
                    "Only a validated invoice is credited.", Map.of("id", getId()));
        }
        credited = credited().plus(amount).amount();
        updatedAt = now;
    }

    /** A 409 {@code invoice-frozen} unless it is a draft: once validated, what it says never changes. */
    void requireDraft() {
        if (status != null && status.frozen()) {
            throw new RuleViolationException("invoice-frozen", "Document validated",
                    "Document " + reference() + " is " + status.name() + ": what it says cannot change; "
                            + "correct it with a credit note.",
                    Map.of("number", reference(), "status", status.name()));
        }
    }

    InvoiceLine line(long lineId) {
        return lines.stream().filter(line -> line.getId() == lineId).findFirst()
                .orElseThrow(() -> new NotFoundException("Invoice line", lineId));
    }

    /** The legal number, or the provisional reference a draft shows: {@code (PROV12)}. */
    String reference() {
        return number != null ? number : "(PROV" + getId() + ")";
    }

    DocumentTotals totals() {
        return DocumentTotals.of(currency, lines.stream().map(line -> line.priced(currency)).toList());
    }

    /** What is still owed: the gross less what was paid and what credit notes took back. */
    Money balance() {
        return gross().minus(paid()).minus(credited());
    }

    private void total() {
        DocumentTotals totals = totals();
        net = totals.net().amount();
        tax = totals.tax().amount();
        gross = totals.gross().amount();
    }

    InvoiceKind kind() {
        return kind;
    }

    InvoiceStatus status() {
        return status;
    }

    String number() {
        return number;
    }

    long partyId() {
        return partyId;
    }

    Currency currency() {
        return currency;
    }

    LocalDate invoiceDate() {
        return invoiceDate;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    String notes() {
        return notes;
    }

    Long creditedInvoiceId() {
        return creditedInvoiceId;
    }

    NewInvoice.Origin origin() {
        return originType == null ? null : new NewInvoice.Origin(originType, originId);
    }

    Money gross() {
        return Money.of(gross, currency);
    }

    Money paid() {
        return Money.of(paid, currency);
    }

    Money credited() {
        return Money.of(credited, currency);
    }

    String abandonReason() {
        return abandonReason;
    }

    String partyCode() {
        return partyCode;
    }

    String partyName() {
        return partyName;
    }

    String partyTaxId() {
        return partyTaxId;
    }

    PartyAddress billingAddress() {
        return billingLine1 == null ? null : new PartyAddress(billingLine1, billingLine2, billingPostalCode,
                billingCity, billingRegion, billingCountry);
    }

    Instant validatedAt() {
        return validatedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<InvoiceLine> lines() {
        return Collections.unmodifiableList(lines);
    }
}
