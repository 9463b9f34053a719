package dev.atrium.core.invoice;

import dev.atrium.core.sales.PricedLine;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * One line of an invoice or a credit note, with the amounts its figures make, stored as they were computed so a
 * list or a report reads them without pricing again. Changed only through its {@link Invoice}, and only while
 * that is a draft.
 */
@Entity
@Table(name = "invoice_line")
class InvoiceLine extends TenantScopedEntity {

    private int position;
    private String label;
    private String description;
    private BigDecimal quantity;
    private String unit;
    @Column(name = "unit_price")
    private BigDecimal unitPrice;
    @Column(name = "discount_percent")
    private BigDecimal discountPercent;
    @Column(name = "tax_rate")
    private BigDecimal taxRate;
    @Column(name = "tax_name")
    private String taxName;
    @Column(name = "product_id")
    private Long productId;
    @Column(name = "tax_rate_id")
    private Long taxRateId;
    @Column(name = "credited_line_id")
    private Long creditedLineId;
    private BigDecimal net;
    private BigDecimal tax;
    private BigDecimal gross;

    protected InvoiceLine() {
    }

    InvoiceLine(int position, InvoiceLines.Figures figures, Long creditedLineId) {
        this.position = position;
        this.creditedLineId = creditedLineId;
        describe(figures);
    }

    void describe(InvoiceLines.Figures figures) {
        label = figures.label();
        description = figures.description();
        quantity = figures.quantity();
        unit = figures.unit();
        unitPrice = figures.unitPrice().amount();
        discountPercent = figures.discountPercent();
        taxRate = figures.taxRate();
        taxName = figures.taxName();
        productId = figures.productId();
        taxRateId = figures.taxRateId();
        PricedLine priced = figures.priced();
        net = priced.net().amount();
        tax = priced.tax().amount();
        gross = priced.gross().amount();
    }

    PricedLine priced(Currency currency) {
        return new PricedLine(quantity, Money.of(unitPrice, currency), discountPercent, taxRate);
    }

    /** The figures as they are, to credit some of this line's quantity on a credit note. */
    InvoiceLines.Figures figures(Currency currency, BigDecimal creditedQuantity) {
        return new InvoiceLines.Figures(label, description, creditedQuantity, unit, Money.of(unitPrice, currency),
                discountPercent, taxRate, taxName, productId, taxRateId);
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    int position() {
        return position;
    }

    String label() {
        return label;
    }

    String description() {
        return description;
    }

    BigDecimal quantity() {
        return quantity;
    }

    String unit() {
        return unit;
    }

    BigDecimal unitPrice() {
        return unitPrice;
    }

    BigDecimal discountPercent() {
        return discountPercent;
    }

    BigDecimal taxRate() {
        return taxRate;
    }

    String taxName() {
        return taxName;
    }

    Long productId() {
        return productId;
    }

    Long taxRateId() {
        return taxRateId;
    }

    Long creditedLineId() {
        return creditedLineId;
    }

    BigDecimal net() {
        return net;
    }

    BigDecimal tax() {
        return tax;
    }

    BigDecimal gross() {
        return gross;
    }
}
