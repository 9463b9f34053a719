package dev.atrium.core.tax;

import dev.atrium.plugin.persistence.TenantScopedEntity;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One of the tenant's tax rates. The default rate is always active: deactivating it is refused until another
 * rate is made the default, so a new line always has a rate to start from.
 */
@Entity
@Table(name = "tax_rate")
class TaxRate extends TenantScopedEntity {

    private String name;

    private BigDecimal rate;

    @Column(name = "is_default")
    private boolean isDefault;

    private boolean active;

    protected TaxRate() {
    }

    TaxRate(String name, BigDecimal rate) {
        this.active = true;
        describe(name, rate);
    }

    void describe(String name, BigDecimal rate) {
        this.name = name;
        this.rate = rate;
    }

    /** Makes it the default; the caller has just taken the mark off the previous one. */
    void makeDefault() {
        requireActiveToBeDefault();
        isDefault = true;
    }

    void requireActiveToBeDefault() {
        if (!active) {
            throw new RuleViolationException("tax-rate-inactive", "Tax rate inactive",
                    "An inactive tax rate cannot be the default; reactivate it first.", Map.of("id", getId()));
        }
    }

    void clearDefault() {
        isDefault = false;
    }

    void deactivate() {
        if (isDefault) {
            throw new RuleViolationException("tax-rate-default", "Default tax rate",
                    "The default tax rate stays active; make another rate the default first.", Map.of("id", getId()));
        }
        active = false;
    }

    void reactivate() {
        active = true;
    }

    String name() {
        return name;
    }

    BigDecimal rate() {
        return rate;
    }

    boolean isDefault() {
        return isDefault;
    }

    boolean active() {
        return active;
    }

    TaxRateView view() {
        return new TaxRateView(getId(), name, rate.stripTrailingZeros(), isDefault, active);
    }
}
