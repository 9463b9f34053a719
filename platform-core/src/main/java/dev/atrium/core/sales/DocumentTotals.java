package dev.atrium.core.sales;

import dev.atrium.plugin.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A document's totals, from its lines: the net, the tax and the gross amount, and the tax summary a legal
 * document prints (per rate, the base it applies to and the tax it makes). Every figure is a sum of lines'
 * already rounded amounts, so nothing is rounded here and the summary always adds up to the totals.
 *
 * <pre>{@code
 * DocumentTotals totals = DocumentTotals.of(eur, lines);
 * totals.gross();   // what the customer pays
 * totals.taxes();   // [TaxSummary[rate=5.5, base=EUR 100.00, tax=EUR 5.50], TaxSummary[rate=20, ...]]
 * }</pre>
 *
 * @param taxes one entry per rate the lines use, lowest rate first
 */
public record DocumentTotals(Money net, Money tax, Money gross, List<TaxSummary> taxes) {

    public DocumentTotals {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(gross, "gross");
        taxes = List.copyOf(taxes);
    }

    /**
     * The totals of these lines, all in {@code currency}; a document without lines totals zero.
     *
     * @throws dev.atrium.plugin.money.CurrencyMismatchException when a line is priced in another currency
     */
    public static DocumentTotals of(Currency currency, List<PricedLine> lines) {
        Money net = Money.zero(currency);
        Money tax = Money.zero(currency);
        Map<BigDecimal, TaxSummary> byRate = new TreeMap<>();
        for (PricedLine line : lines) {
            Money lineNet = line.net();
            Money lineTax = line.tax();
            net = net.plus(lineNet);
            tax = tax.plus(lineTax);
            BigDecimal rate = plain(line.taxRate());
            byRate.merge(rate, new TaxSummary(rate, lineNet, lineTax), TaxSummary::plus);
        }
        return new DocumentTotals(net, tax, net.plus(tax), new ArrayList<>(byRate.values()));
    }

    /** The rate without trailing zeros, yet never in exponent form: 20.0000 is 20, not 2E+1. */
    private static BigDecimal plain(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** What one tax rate amounts to on a document. */
    public record TaxSummary(BigDecimal rate, Money base, Money tax) {

        TaxSummary plus(TaxSummary other) {
            return new TaxSummary(rate, base.plus(other.base), tax.plus(other.tax));
        }
    }
}
