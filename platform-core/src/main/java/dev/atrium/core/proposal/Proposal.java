package dev.atrium.core.proposal;

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
 * A quote to a third party: the aggregate root of its lines. Its lines change only while it is a draft; its
 * status moves only as {@link ProposalStatus} allows; once approved it becomes one sales order or one invoice.
 * Never deleted, since orders and invoices name it as their origin.
 */
@Entity
@Table(name = "proposal")
class Proposal extends TenantScopedEntity {

    private String reference;
    @Column(name = "party_id")
    private long partyId;
    @Column(name = "party_name")
    private String partyName;
    private Currency currency;
    @Column(name = "proposal_date")
    private LocalDate proposalDate;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    private String notes;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(name = "net_total")
    private BigDecimal netTotal;
    @Column(name = "gross_total")
    private BigDecimal grossTotal;
    @Column(name = "order_id")
    private Long orderId;
    @Column(name = "invoice_id")
    private Long invoiceId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    @OrderBy("lineNumber")
    private List<ProposalLine> lines = new ArrayList<>();

    protected Proposal() {
    }

    Proposal(String reference, PartyReference party, Currency currency, Header header, Instant now) {
        this.reference = reference;
        this.currency = currency;
        this.status = ProposalStatus.DRAFT;
        this.createdAt = now;
        describe(party, header, now);
        total();
    }

    /** The header as a draft's writer sets it: party, dates, notes. */
    record Header(LocalDate proposalDate, LocalDate validUntil, String notes) {
    }

    void change(PartyReference party, Header header, Instant now) {
        requireDraft();
        describe(party, header, now);
    }

    ProposalLine addLine(LineTerms terms, Instant now) {
        requireDraft();
        ProposalLine line = new ProposalLine(lines.size() + 1, terms);
        lines.add(line);
        changed(now);
        return line;
    }

    ProposalLine changeLine(long lineId, long version, LineTerms terms, Instant now) {
        requireDraft();
        ProposalLine line = line(lineId);
        if (line.getVersion() != version) {
            throw new RuleViolationException("proposal-line-changed", "Line changed meanwhile",
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

    /** Moves it as {@code action} says; a rejection keeps its reason, a reopened draft forgets it. */
    void apply(ProposalStatus.Action action, String reason, Instant now) {
        ProposalStatus next = status.apply(action);
        if (action == ProposalStatus.Action.SEND && lines.isEmpty()) {
            throw new RuleViolationException("proposal-without-lines", "Proposal without lines",
                    "Proposal " + reference + " has no line to send.", Map.of("reference", reference));
        }
        this.status = next;
        this.rejectionReason = next == ProposalStatus.REJECTED ? reason : null;
        this.updatedAt = now;
    }

    /** Records what the approved proposal became; it becomes one document only. */
    void convertedInto(Long orderId, Long invoiceId, Instant now) {
        requireConvertible();
        this.orderId = orderId;
        this.invoiceId = invoiceId;
        this.updatedAt = now;
    }

    void requireConvertible() {
        if (status != ProposalStatus.APPROVED) {
            throw new RuleViolationException("proposal-not-approved", "Proposal not approved",
                    "Proposal " + reference + " is " + status.key() + "; only an approved proposal converts.",
                    Map.of("reference", reference, "status", status.key()));
        }
        if (orderId != null || invoiceId != null) {
            throw new RuleViolationException("proposal-already-converted", "Proposal already converted",
                    "Proposal " + reference + " has already become " + (orderId != null ? "an order" : "an invoice")
                            + ".", Map.of("reference", reference));
        }
    }

    DocumentTotals totals() {
        return DocumentTotals.of(currency, lines.stream().map(SalesLine::priced).toList());
    }

    /** What its timeline compares before and after a change: labels are message keys of the proposal bundle. */
    Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("proposal.field.party", partyName);
        fields.put("proposal.field.proposalDate", proposalDate.toString());
        fields.put("proposal.field.validUntil", validUntil.toString());
        fields.put("proposal.field.notes", notes);
        fields.put("proposal.field.status", status.key());
        fields.put("proposal.field.rejectionReason", rejectionReason);
        fields.put("proposal.field.lines", String.join("; ", lines.stream().map(SalesLine::summary).toList()));
        return fields;
    }

    private void describe(PartyReference party, Header header, Instant now) {
        this.partyId = party.id();
        this.partyName = party.name();
        this.proposalDate = header.proposalDate();
        this.validUntil = header.validUntil();
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

    private ProposalLine line(long lineId) {
        return lines.stream().filter(line -> Long.valueOf(lineId).equals(line.getId())).findFirst()
                .orElseThrow(() -> new NotFoundException("Proposal line", lineId));
    }

    private void requireDraft() {
        if (status != ProposalStatus.DRAFT) {
            throw new RuleViolationException("proposal-not-draft", "Proposal not a draft",
                    "Proposal " + reference + " is " + status.key() + "; only a draft can be changed.",
                    Map.of("reference", reference, "status", status.key()));
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

    LocalDate proposalDate() {
        return proposalDate;
    }

    LocalDate validUntil() {
        return validUntil;
    }

    String notes() {
        return notes;
    }

    ProposalStatus status() {
        return status;
    }

    String rejectionReason() {
        return rejectionReason;
    }

    Long orderId() {
        return orderId;
    }

    Long invoiceId() {
        return invoiceId;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<ProposalLine> lines() {
        return Collections.unmodifiableList(lines);
    }
}
