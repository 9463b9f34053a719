package dev.atrium.plugin.money;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An amount of one currency, always at the currency's minor-unit scale (JPY 0
 * digits, EUR 2, BHD 3). Anything that would need more digits takes an explicit
 * {@link RoundingMode}: money is never rounded behind the caller's back.
 *
 * <pre>{@code
 * Currency eur = Currency.getInstance("EUR");
 * Money net = Money.of("100.00", eur);
 * Money tax = net.percent(new BigDecimal("20"), RoundingMode.HALF_EVEN);  // EUR 20.00
 * List<Money> instalments = net.plus(tax).allocate(3);                    // EUR 40.00, 40.00, 40.00
 * Money.of("10.005", eur);                                                // refused: 3 digits for EUR
 * Money.of(new BigDecimal("10.005"), eur, RoundingMode.HALF_UP);          // EUR 10.01
 * }</pre>
 *
 * <p>In an entity it is an {@code @Embedded} pair of columns, {@code amount
 * numeric(19,4)} and {@code currency char(3)}, renamed with
 * {@code @AttributeOverride} when an entity holds several amounts. In JSON it is
 * {@code {"amount": "10.00", "currency": "EUR"}}: the amount is a string, so no
 * client reads it through a binary floating-point number.
 *
 * @param amount   at the currency's scale; fewer digits are padded, more are refused
 * @param currency an ISO 4217 currency with minor units (not XAU, XXX, ...)
 */
@Embeddable
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public record Money(
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Column(name = "amount", precision = 19, scale = 4, nullable = false)
        BigDecimal amount,
        @Column(name = "currency", length = 3, nullable = false)
        Currency currency) implements Comparable<Money> {

    /**
     * Integer digits an amount may have: what a {@code numeric(19,4)} column holds.
     * Larger amounts are refused when made, not when the database rejects them.
     */
    public static final int MAX_INTEGER_DIGITS = 15;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = scaleOf(currency);
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException("Amount " + amount.toPlainString() + " has more digits than "
                    + currency.getCurrencyCode() + " allows (" + scale + "); pass a RoundingMode to round it");
        }
        amount = checkRange(amount.setScale(scale, RoundingMode.UNNECESSARY), currency);
    }

    /** {@code amount} in {@code currency}; refuses an amount with more digits than the currency has. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** {@code amount} rounded to the currency's scale with {@code rounding}. */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(amount.setScale(scaleOf(currency), rounding), currency);
    }

    /** Parses a plain decimal such as {@code "10.50"} or {@code "-3"}; refuses more digits than the currency has. */
    public static Money of(String amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a decimal amount: '" + amount + "'");
        }
        return new Money(parsed, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** This amount times {@code quantity} (a unit price times hours, say), rounded to the currency. */
    public Money times(BigDecimal quantity, RoundingMode rounding) {
        return of(amount.multiply(quantity), currency, rounding);
    }

    /** {@code rate} percent of this amount: {@code percent(new BigDecimal("19.6"), HALF_EVEN)} for a tax. */
    public Money percent(BigDecimal rate, RoundingMode rounding) {
        return of(amount.multiply(rate).movePointLeft(2), currency, rounding);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money abs() {
        return new Money(amount.abs(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /** Orders amounts of one currency; comparing two currencies is refused like adding them. */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    /**
     * Splits this amount into {@code parts} as equal as the minor unit allows,
     * losing nothing: 100.00 in 3 is 33.34, 33.33, 33.33 (the first parts take
     * the leftover minor units).
     */
    public List<Money> allocate(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("Allocate into at least one part, not " + parts);
        }
        int[] ratios = new int[parts];
        Arrays.fill(ratios, 1);
        return allocate(ratios);
    }

    /**
     * Splits this amount in proportion to {@code ratios}, losing nothing: each
     * part is rounded down to the minor unit, then the leftover minor units go
     * one each to the parts with the largest remainders (earlier parts first on
     * a tie). A negative amount splits like its positive counterpart, negated.
     */
    public List<Money> allocate(int... ratios) {
        if (ratios.length == 0) {
            throw new IllegalArgumentException("Allocate by at least one ratio");
        }
        long total = 0;
        for (int ratio : ratios) {
            if (ratio < 0) {
                throw new IllegalArgumentException("Allocation ratios may not be negative: " + Arrays.toString(ratios));
            }
            total += ratio;
        }
        if (total == 0) {
            throw new IllegalArgumentException("Allocation ratios may not all be zero");
        }
        BigDecimal minorUnits = amount.abs().movePointRight(amount.scale());
        BigDecimal sum = BigDecimal.valueOf(total);
        BigDecimal[] shares = new BigDecimal[ratios.length];
        BigDecimal[] remainders = new BigDecimal[ratios.length];
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < ratios.length; i++) {
            BigDecimal[] division = minorUnits.multiply(BigDecimal.valueOf(ratios[i])).divideAndRemainder(sum);
            shares[i] = division[0];
            remainders[i] = division[1];
            allocated = allocated.add(division[0]);
        }
        int leftover = minorUnits.subtract(allocated).intValueExact();
        Integer[] byRemainder = new Integer[ratios.length];
        Arrays.setAll(byRemainder, i -> i);
        Arrays.sort(byRemainder, Comparator.comparing((Integer i) -> remainders[i]).reversed()
                .thenComparing(i -> i));
        for (int i = 0; i < leftover; i++) {
            shares[byRemainder[i]] = shares[byRemainder[i]].add(BigDecimal.ONE);
        }
        return Arrays.stream(shares)
                .map(share -> new Money(isNegative() ? share.negate().movePointLeft(amount.scale())
                        : share.movePointLeft(amount.scale()), currency))
                .toList();
    }

    /** {@code EUR 10.00}: the currency code and the plain amount at its scale. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    private Money sameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(this, other);
        }
        return other;
    }

    private static int scaleOf(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("Currency " + currency.getCurrencyCode() + " has no minor unit; "
                    + "it cannot be an amount of money");
        }
        return digits;
    }

    private static BigDecimal checkRange(BigDecimal amount, Currency currency) {
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new ArithmeticException("Amount " + currency.getCurrencyCode() + " " + amount.toPlainString()
                    + " is out of range: at most " + MAX_INTEGER_DIGITS + " integer digits");
        }
        return amount;
    }
}
