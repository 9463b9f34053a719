package dev.atrium.contracts;

import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.persistence.TenantScopedEntity;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

/** What a contract sells: a quantity of something at a unit price, for the contract's term or part of it. */
@Entity
@Table(name = "contract_line")
public class ContractLine extends TenantScopedEntity {

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    private String description;

    private BigDecimal quantity;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "unit_price", precision = 19, scale = 4)),
            @AttributeOverride(name = "currency", column = @Column(name = "currency", length = 3))})
    private Money unitPrice;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private LineStatus status;

    protected ContractLine() {
    }

    ContractLine(long contractId, LineTerms terms) {
        this.contractId = contractId;
        this.status = LineStatus.DRAFT;
        apply(terms);
    }

    /** An active line is billed as agreed and a closed one is history: only a draft takes new terms. */
    void change(LineTerms terms) {
        if (status != LineStatus.DRAFT) {
            throw new RuleViolationException("contract-line-not-draft", "Contract line not a draft",
                    "Only a draft contract line can be changed; this one is " + status.name().toLowerCase() + ".",
                    Map.of("status", status.name()));
        }
        apply(terms);
    }

    void activate() {
        status = status.moveTo(LineStatus.ACTIVE);
    }

    void close() {
        status = status.moveTo(LineStatus.CLOSED);
    }

    private void apply(LineTerms terms) {
        this.description = terms.description();
        this.quantity = terms.quantity();
        this.unitPrice = terms.unitPrice();
        this.startDate = terms.startDate();
        this.endDate = terms.endDate();
    }

    /** Quantity times unit price, to the currency's cent as a bill would show it. */
    public Money total() {
        return unitPrice.times(quantity, RoundingMode.HALF_EVEN);
    }

    public Long getContractId() {
        return contractId;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public Money getUnitPrice() {
        return unitPrice;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public LineStatus getStatus() {
        return status;
    }

    /** A line's terms, checked by the service: a description, a positive quantity, a price in the tenant's currency. */
    record LineTerms(String description, BigDecimal quantity, Money unitPrice, LocalDate startDate,
            LocalDate endDate) {
    }
}
