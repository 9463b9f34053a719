package dev.atrium.core.order;

import dev.atrium.core.proposal.LineTerms;
import dev.atrium.core.proposal.SalesLine;
import dev.atrium.core.sales.DocumentTotals;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's order: the aggregate root of its lines. Lines change only in a draft; the reference is taken at
 * validation; invoicing takes quantities of the lines until none is left, and the order is then billed. Never
 * deleted, since invoices name it as their origin.
 */
@Entity
@Table(name = "sales_order")
class SalesOrder extends TenantScopedEntity {

    private String reference;
    @Column(name = "party_id")
    private long partyId;
    @Column(name = "party_name")
    private String partyName;
    private Currency currency;
    @Column(name = "order_date")
    private LocalDate orderDate;
    private String notes;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    @Column(name = "proposal_id")
    private Long proposalId;
    @Column(name = "net_total")
    private BigDecimal netTotal;
    @Column(name = "gross_total")
    private BigDecimal grossTotal;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("lineNumber")
    private List<SalesOrderLine> lines = new ArrayList<>();

    protected SalesOrder() {
    }

    SalesOrder(PartyReference party, Currency currency, Header header, Long proposalId, Instant now) {
        this.currency = currency;
        this.status = OrderStatus.DRAFT;
        this.proposalId = proposalId;
        this.createdAt = now;
        describe(party, header, now);
        total();
    }

    /** What a draft's writer sets: the order date and notes. */
    record Header(LocalDate orderDate, String notes) {
    }

    void change(PartyReference party, Header header, Instant now) {
        requireDraft();
        describe(party, header, now);
    }

    SalesOrderLine addLine(LineTerms terms, Instant now) {
        requireDraft();
        SalesOrderLine line = new SalesOrderLine(lines.size() + 1, terms);
        lines.add(line);
        changed(now);
        return line;
    }

    SalesOrderLine changeLine(long lineId, long version, LineTerms terms, Instant now) {
        requireDraft();
        SalesOrderLine line = line(lineId);
        if (line.getVersion() != version) {
            throw new RuleViolationException("order-line-changed", "Line changed meanwhile",
                    "The line was changed since version " + version + " was read; read it again and retry.",
                    Map.of("version", line.getVersion()));
        }
        line.change(terms);
        changed(now);
        return line;
    }

    void removeLine(long lineId, Instant now) {
        requireDraft();
        lines.remove(line(lineId));
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).moveTo(i + 1);
        }
        changed(now);
    }

    /** Validates it under {@code reference}, the next of its series; an order without lines has nothing to sell. */
    void validate(String reference, Instant now) {
        OrderStatus next = status.apply(OrderStatus.Action.VALIDATE);
        requireLines();
        this.reference = reference;
        this.status = next;
        this.updatedAt = now;
    }

    void requireValidatable() {
        status.apply(OrderStatus.Action.VALIDATE);
        requireLines();
    }

    void deliver(Instant now) {
        this.status = status.apply(OrderStatus.Action.DELIVER);
        this.updatedAt = now;
    }

    /** Canceled, unless an invoice took part of it already: that invoice is the one to abandon or credit. */
    void cancel(Instant now) {
        OrderStatus next = status.apply(OrderStatus.Action.CANCEL);
        if (lines.stream().anyMatch(line -> line.invoiced().signum() > 0)) {
            throw new RuleViolationException("order-partly-invoiced", "Order partly invoiced",
                    "Sales order " + label() + " is partly invoiced; it can no longer be canceled.",
                    Map.of("reference", label()));
        }
        this.status = next;
        this.updatedAt = now;
    }

    /** Takes quantities of its lines into an invoice; billed once nothing is left. */
    void invoice(Map<SalesOrderLine, BigDecimal> taken, Instant now) {
        requireInvoiceable();
        taken.forEach(SalesOrderLine::invoice);
        if (lines.stream().allMatch(line -> line.remaining().signum() == 0)) {
            this.status = status.apply(OrderStatus.Action.BILL);
        }
        this.updatedAt = now;
    }

    void requireInvoiceable() {
        if (!status.invoiceable()) {
            throw new RuleViolationException("order-not-invoiceable", "Order not invoiceable",
                    "Sales order " + label() + " is " + status.key() + "; only a validated or delivered order is "
                            + "invoiced.", Map.of("reference", label(), "status", status.key()));
        }
    }

    DocumentTotals totals() {
        return DocumentTotals.of(currency, lines.stream().map(SalesLine::priced).toList());
    }

    /** Its reference once validated; before, its id, so a draft can be named too. */
    String label() {
        return reference != null ? reference : "#" + getId();
    }

    Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("order.field.reference", reference);
        fields.put("order.field.party", partyName);
        fields.put("order.field.orderDate", orderDate.toString());
        fields.put("order.field.notes", notes);
        fields.put("order.field.status", status.key());
        fields.put("order.field.lines", String.join("; ", lines.stream().map(line -> line.summary()
                + (line.invoiced().signum() == 0 ? "" : " (" + line.invoiced().stripTrailingZeros().toPlainString()
                        + " invoiced)")).toList()));
        return fields;
    }

    SalesOrderLine line(long lineId) {
        return lines.stream().filter(line -> Long.valueOf(lineId).equals(line.getId())).findFirst()
                .orElseThrow(() -> new NotFoundException("Sales order line", lineId));
    }

    private void requireLines() {
        if (lines.isEmpty()) {
            throw new RuleViolationException("order-without-lines", "Order without lines",
                    "Sales order " + label() + " has no line.", Map.of("reference", label()));
        }
    }

    private void describe(PartyReference party, Header header, Instant now) {
        this.partyId = party.id();
        this.partyName = party.name();
        this.orderDate = header.orderDate();
        this.notes = header.notes();
        this.updatedAt = now;
    }

    private void changed(Instant now) {
        total();
        this.updatedAt = now;
    }

    private void total() {
        DocumentTotals totals = totals();
        this.netTotal = totals.net().amount();
        this.grossTotal = totals.gross().amount();
    }

    private void requireDraft() {
        if (status != OrderStatus.DRAFT) {
            throw new RuleViolationException("order-not-draft", "Order not a draft",
                    "Sales order " + label() + " is " + status.key() + "; only a draft can be changed.",
                    Map.of("reference", label(), "status", status.key()));
        }
    }

    String reference() {
        return reference;
    }

    long partyId() {
        return partyId;
    }

    String partyName() {
        return partyName;
    }

    Currency currency() {
        return currency;
    }

    LocalDate orderDate() {
        return orderDate;
    }

    String notes() {
        return notes;
    }

    OrderStatus status() {
        return status;
    }

    Long proposalId() {
        return proposalId;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<SalesOrderLine> lines() {
        return Collections.unmodifiableList(lines);
    }
}
