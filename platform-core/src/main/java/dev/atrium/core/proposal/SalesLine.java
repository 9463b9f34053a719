package dev.atrium.core.proposal;

import dev.atrium.core.sales.PricedLine;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;

/**
 * What a line of a proposal or a sales order holds: its own copy of the figures, never a reference to a price or
 * a rate that could change under it. Its amounts come from {@link PricedLine}, as every sales document's do.
 */
@MappedSuperclass
public abstract class SalesLine extends TenantScopedEntity {

    @Column(name = "line_number")
    private int lineNumber;

    @Column(name = "product_id")
    private Long productId;

    private String label;

    private String description;

    private BigDecimal quantity;

    private String unit;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "unit_price", precision = 19, scale = 4)),
            @AttributeOverride(name = "currency", column = @Column(name = "currency", length = 3))})
    private Money unitPrice;

    @Column(name = "discount_percent")
    private BigDecimal discountPercent;

    @Column(name = "tax_rate")
    private BigDecimal taxRate;

    @Column(name = "tax_name")
    private String taxName;

    protected SalesLine() {
    }

    protected SalesLine(int lineNumber, LineTerms terms) {
        this.lineNumber = lineNumber;
        describe(terms);
    }

    protected void describe(LineTerms terms) {
        this.productId = terms.productId();
        this.label = terms.label();
        this.description = terms.description();
        this.quantity = terms.quantity();
        this.unit = terms.unit();
        this.unitPrice = terms.unitPrice();
        this.discountPercent = terms.discountPercent();
        this.taxRate = terms.taxRate();
        this.taxName = terms.taxName();
    }

    public LineTerms terms() {
        return new LineTerms(productId, label, description, quantity, unit, unitPrice, discountPercent, taxRate,
                taxName);
    }

    public PricedLine priced() {
        return terms().priced();
    }

    public int lineNumber() {
        return lineNumber;
    }

    protected void renumber(int lineNumber) {
        this.lineNumber = lineNumber;
    }

    /** How the document's timeline shows the line: its label and figures. */
    public String summary() {
        return label + ": " + quantity.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit)
                + " × " + unitPrice + (discountPercent.signum() == 0 ? ""
                        : " −" + discountPercent.stripTrailingZeros().toPlainString() + " %")
                + ", " + taxName + " " + taxRate.stripTrailingZeros().toPlainString() + " %";
    }
}
