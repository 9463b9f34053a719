package dev.atrium.core.sales;

import dev.atrium.plugin.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The figures of one document line, and the amounts they make. Each amount is rounded half-up at the currency's
 * minor unit, on the line: the net is quantity × unit price less the discount, the tax is the rate applied to
 * that net. A document's totals are the sums of its lines' ({@link DocumentTotals}), so what a reader adds up
 * on paper is what the document says.
 *
 * <pre>{@code
 * PricedLine line = new PricedLine(new BigDecimal("3"), Money.of("19.99", eur), new BigDecimal("10"), new BigDecimal("20"));
 * line.net();    // EUR 53.97  (3 × 19.99 = 59.97, less 10 % = 53.973)
 * line.tax();    // EUR 10.79  (20 % of 53.97 = 10.794)
 * line.gross();  // EUR 64.76
 * }</pre>
 *
 * @param quantity        any sign: a negative quantity takes back (a returned item, a credit)
 * @param unitPrice       in the document's currency
 * @param discountPercent from 0 to 100
 * @param taxRate         a percentage from 0 to 100, e.g. {@code 20} or {@code 5.5}
 */
public record PricedLine(BigDecimal quantity, Money unitPrice, BigDecimal discountPercent, BigDecimal taxRate) {

    /** Digits a quantity, a discount or a rate may have after the point. */
    public static final int MAX_DECIMALS = 4;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PricedLine {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(discountPercent, "discountPercent");
        Objects.requireNonNull(taxRate, "taxRate");
        requireDecimals(quantity, "quantity");
        requirePercent(discountPercent, "discountPercent");
        requirePercent(taxRate, "taxRate");
    }

    /** A line without discount. */
    public static PricedLine of(BigDecimal quantity, Money unitPrice, BigDecimal taxRate) {
        return new PricedLine(quantity, unitPrice, BigDecimal.ZERO, taxRate);
    }

    /** Quantity × unit price, less the discount, rounded half-up at the currency's minor unit. */
    public Money net() {
        BigDecimal kept = HUNDRED.subtract(discountPercent);
        return Money.of(unitPrice.amount().multiply(quantity).multiply(kept).movePointLeft(2),
                unitPrice.currency(), RoundingMode.HALF_UP);
    }

    /** The tax rate applied to {@link #net()}, rounded half-up at the currency's minor unit. */
    public Money tax() {
        return net().percent(taxRate, RoundingMode.HALF_UP);
    }

    public Money gross() {
        return net().plus(tax());
    }

    private static void requirePercent(BigDecimal value, String name) {
        requireDecimals(value, name);
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 100, not " + value.toPlainString());
        }
    }

    private static void requireDecimals(BigDecimal value, String name) {
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException(name + " has more than " + MAX_DECIMALS + " decimals: "
                    + value.toPlainString());
        }
    }
}
