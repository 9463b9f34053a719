package dev.atrium.core.money;

import dev.atrium.plugin.money.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row with two amounts, as a module's entity would hold them; its table exists only in {@link MoneyColumnsTest}. */
@Entity
@Table(name = "money_columns_probe")
class PricedProbe {

    @Id
    private long id;

    @Embedded
    private Money price;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "discount"))
    @AttributeOverride(name = "currency", column = @Column(name = "discount_currency"))
    private Money discount;

    protected PricedProbe() {
    }

    PricedProbe(long id, Money price, Money discount) {
        this.id = id;
        this.price = price;
        this.discount = discount;
    }

    Money price() {
        return price;
    }

    Money discount() {
        return discount;
    }
}
