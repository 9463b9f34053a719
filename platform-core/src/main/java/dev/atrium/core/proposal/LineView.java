package dev.atrium.core.proposal;

import dev.atrium.core.sales.PricedLine;
import dev.atrium.plugin.money.Money;
import java.math.BigDecimal;

/**
 * A document line as the API and the pages show it, with its amounts.
 *
 * @param net   quantity × unit price less the discount, rounded at the currency's minor unit
 * @param tax   the tax rate applied to the net, rounded the same way
 * @param gross what the line costs the customer
 */
public record LineView(long id, int lineNumber, Long productId, String label, String description,
        BigDecimal quantity, String unit, Money unitPrice, BigDecimal discountPercent, BigDecimal taxRate,
        String taxName, Money net, Money tax, Money gross, long version) {

    public static LineView of(SalesLine line) {
        LineTerms terms = line.terms();
        PricedLine priced = terms.priced();
        return new LineView(line.getId(), line.lineNumber(), terms.productId(), terms.label(), terms.description(),
                plain(terms.quantity()), terms.unit(), terms.unitPrice(), plain(terms.discountPercent()),
                plain(terms.taxRate()), terms.taxName(), priced.net(), priced.tax(), priced.gross(), line.getVersion());
    }

    /** {@code 2} for a stored {@code 2.0000}, never {@code 2E+0}: how a person writes a quantity or a rate. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
