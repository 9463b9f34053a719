package dev.atrium.core.catalog;

import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.persistence.TenantScopedEntity;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A product or service of the tenant's catalog. Documents copy its label, price and rate onto their lines, so it
 * changes freely; it is deactivated, never deleted, and an inactive one is no longer offered for new lines.
 */
@Entity
@Table(name = "product")
class Product extends TenantScopedEntity {

    private String reference;
    private String label;
    private String description;
    @Enumerated(EnumType.STRING)
    private ProductKind kind;
    private String unit;
    /** With {@link #currency}, the price as {@link Money}; two plain columns, so a list sorts and reads them. */
    @Column(name = "unit_price")
    private BigDecimal unitPrice;
    private Currency currency;
    @Column(name = "tax_rate_id")
    private Long taxRateId;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Product() {
    }

    Product(ProductRequest request, Money unitPrice, Instant now) {
        this.active = true;
        this.createdAt = now;
        describe(request, unitPrice, now);
    }

    void describe(ProductRequest request, Money unitPrice, Instant now) {
        this.reference = request.reference();
        this.label = request.label();
        this.description = request.description();
        this.kind = request.kind();
        this.unit = request.unit();
        this.unitPrice = unitPrice.amount();
        this.currency = unitPrice.currency();
        this.taxRateId = request.taxRateId();
        this.updatedAt = now;
    }

    void deactivate(Instant now) {
        if (!active) {
            throw unchanged("inactive");
        }
        active = false;
        updatedAt = now;
    }

    void reactivate(Instant now) {
        if (active) {
            throw unchanged("active");
        }
        active = true;
        updatedAt = now;
    }

    private RuleViolationException unchanged(String state) {
        return new RuleViolationException("product-status-unchanged", "Status unchanged",
                "Product " + reference + " is already " + state + ".", Map.of("reference", reference));
    }

    String reference() {
        return reference;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    ProductView view() {
        return new ProductView(getId(), reference, label, description, kind, unit, price(), taxRateId, active);
    }

    Money price() {
        return Money.of(unitPrice, currency);
    }

    /** What its timeline compares before and after a change: each field's label key and its display value. */
    Map<String, String> snapshot(String taxRateName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("catalog.field.reference", reference);
        fields.put("catalog.field.label", label);
        fields.put("catalog.field.description", description);
        fields.put("catalog.field.kind", kind.name());
        fields.put("catalog.field.unit", unit);
        fields.put("catalog.field.unitPrice", price().amount().toPlainString() + " " + currency.getCurrencyCode());
        fields.put("catalog.field.taxRateId", taxRateName);
        fields.put("catalog.field.active", String.valueOf(active));
        return fields;
    }
}
