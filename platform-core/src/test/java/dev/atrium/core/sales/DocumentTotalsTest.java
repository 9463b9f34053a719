package dev.atrium.core.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.core.sales.DocumentTotals.TaxSummary;
import dev.atrium.plugin.money.CurrencyMismatchException;
import dev.atrium.plugin.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTotalsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency BHD = Currency.getInstance("BHD");

    private static PricedLine line(String quantity, String price, Currency currency, String discount, String rate) {
        return new PricedLine(new BigDecimal(quantity), Money.of(price, currency), new BigDecimal(discount),
                new BigDecimal(rate));
    }

    @Test
    void aLineRoundsItsNetAndItsTaxHalfUpAtTheMinorUnit() {
        PricedLine line = line("3", "19.99", EUR, "10", "20");

        assertThat(line.net()).isEqualTo(Money.of("53.97", EUR));
        assertThat(line.tax()).isEqualTo(Money.of("10.79", EUR));
        assertThat(line.gross()).isEqualTo(Money.of("64.76", EUR));
    }

    @Test
    void halfAMinorUnitRoundsUpAndJustBelowItRoundsDown() {
        assertThat(line("1", "0.05", EUR, "50", "0").net()).isEqualTo(Money.of("0.03", EUR));
        assertThat(line("0.5", "0.01", EUR, "0", "0").net()).isEqualTo(Money.of("0.01", EUR));
        assertThat(line("0.4999", "0.01", EUR, "0", "0").net()).isEqualTo(Money.of("0.00", EUR));
        assertThat(line("1", "0.10", EUR, "0", "5").tax()).isEqualTo(Money.of("0.01", EUR));
        assertThat(line("1", "0.09", EUR, "0", "5").tax()).isEqualTo(Money.of("0.00", EUR));
    }

    @Test
    void aNegativeLineRoundsAwayFromZeroLikeItsPositiveTwin() {
        assertThat(line("-1", "0.05", EUR, "50", "20").net()).isEqualTo(Money.of("-0.03", EUR));
        assertThat(line("-1", "0.05", EUR, "50", "20").net().negate())
                .isEqualTo(line("1", "0.05", EUR, "50", "20").net());
    }

    @Test
    void currenciesWithoutOrWithThreeMinorDigitsRoundAtTheirOwnUnit() {
        PricedLine yen = line("3", "333", JPY, "0", "10");
        assertThat(yen.net()).isEqualTo(Money.of("999", JPY));
        assertThat(yen.tax()).isEqualTo(Money.of("100", JPY));
        assertThat(line("1", "5", JPY, "10", "0").net()).isEqualTo(Money.of("5", JPY));

        PricedLine dinar = line("1", "1.235", BHD, "0", "10");
        assertThat(dinar.tax()).isEqualTo(Money.of("0.124", BHD));
        assertThat(dinar.gross()).isEqualTo(Money.of("1.359", BHD));
    }

    @Test
    void totalsAreTheSumsOfTheLinesWithOneSummaryPerRate() {
        List<PricedLine> lines = List.of(line("2", "10.00", EUR, "0", "20"), line("1", "100.00", EUR, "0", "5.5"),
                line("1", "0.99", EUR, "0", "20.0000"), line("4", "2.50", EUR, "25", "0"));

        DocumentTotals totals = DocumentTotals.of(EUR, lines);

        assertThat(totals.net()).isEqualTo(Money.of("128.49", EUR));
        assertThat(totals.tax()).isEqualTo(Money.of("9.70", EUR));
        assertThat(totals.gross()).isEqualTo(Money.of("138.19", EUR));
        assertThat(totals.taxes()).extracting(TaxSummary::rate).map(BigDecimal::toString)
                .as("rates as a reader writes them, never in exponent form").containsExactly("0", "5.5", "20");
        assertThat(totals.taxes().get(2).base()).isEqualTo(Money.of("20.99", EUR));
        assertThat(totals.taxes().get(2).tax()).isEqualTo(Money.of("4.20", EUR));
        Money summed = totals.taxes().stream().map(TaxSummary::tax).reduce(Money.zero(EUR), Money::plus);
        assertThat(summed).isEqualTo(totals.tax());
    }

    @Test
    void linesAndTheirNegationsTotalExactlyZero() {
        List<PricedLine> lines = List.of(line("3", "19.99", EUR, "10", "20"), line("7", "0.33", EUR, "3", "5.5"));
        List<PricedLine> credit = lines.stream().map(l -> new PricedLine(l.quantity().negate(), l.unitPrice(),
                l.discountPercent(), l.taxRate())).toList();

        Money balance = DocumentTotals.of(EUR, lines).gross().plus(DocumentTotals.of(EUR, credit).gross());

        assertThat(balance.isZero()).isTrue();
    }

    @Test
    void aDocumentWithoutLinesTotalsZero() {
        DocumentTotals totals = DocumentTotals.of(JPY, List.of());

        assertThat(totals.gross()).isEqualTo(Money.zero(JPY));
        assertThat(totals.taxes()).isEmpty();
    }

    @Test
    void refusesRatesOutOfRangeTooManyDecimalsAndMixedCurrencies() {
        assertThatThrownBy(() -> line("1", "1.00", EUR, "0", "100.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line("1", "1.00", EUR, "-1", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line("1.00001", "1.00", EUR, "0", "0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentTotals.of(EUR, List.of(line("1", "1", JPY, "0", "0"))))
                .isInstanceOf(CurrencyMismatchException.class);
    }
}
