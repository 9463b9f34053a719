package dev.atrium.plugin.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MoneyTest {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final Currency JPY = Currency.getInstance("JPY");
    static final Currency BHD = Currency.getInstance("BHD");
    static final Currency KWD = Currency.getInstance("KWD");

    static Money eur(String amount) {
        return Money.of(amount, EUR);
    }

    @Test
    void anAmountIsKeptAtItsCurrencysMinorUnitScale() {
        assertThat(eur("10").amount()).isEqualByComparingTo("10").hasScaleOf(2);
        assertThat(Money.of("1500", JPY).amount()).hasScaleOf(0);
        assertThat(Money.of("1.5", BHD).amount()).hasScaleOf(3);
        assertThat(Money.of("0.125", KWD).toString()).isEqualTo("KWD 0.125");
        assertThat(eur("10.500").amount()).as("trailing zeros are not digits").hasScaleOf(2);
    }

    @Test
    void moreDigitsThanTheCurrencyHasAreRefusedWithoutARoundingMode() {
        assertThatThrownBy(() -> eur("10.005")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.005").hasMessageContaining("RoundingMode");
        assertThatThrownBy(() -> Money.of("1.5", JPY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("0.0005", BHD)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(new BigDecimal("1.001"), EUR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void halfEvenAndHalfUpDifferOnlyAtAnExactHalf() {
        assertThat(Money.of(new BigDecimal("10.005"), EUR, RoundingMode.HALF_EVEN)).isEqualTo(eur("10.00"));
        assertThat(Money.of(new BigDecimal("10.005"), EUR, RoundingMode.HALF_UP)).isEqualTo(eur("10.01"));
        assertThat(Money.of(new BigDecimal("10.015"), EUR, RoundingMode.HALF_EVEN)).isEqualTo(eur("10.02"));
        assertThat(Money.of(new BigDecimal("10.0051"), EUR, RoundingMode.HALF_EVEN)).isEqualTo(eur("10.01"));
    }

    @Test
    void negativeAmountsRoundSymmetrically() {
        assertThat(Money.of(new BigDecimal("-10.005"), EUR, RoundingMode.HALF_UP)).isEqualTo(eur("-10.01"));
        assertThat(Money.of(new BigDecimal("-10.005"), EUR, RoundingMode.HALF_EVEN)).isEqualTo(eur("-10.00"));
        assertThat(Money.of(new BigDecimal("-10.001"), EUR, RoundingMode.FLOOR)).isEqualTo(eur("-10.01"));
        assertThat(eur("-3.50").isNegative()).isTrue();
        assertThat(eur("3.50").negate()).isEqualTo(eur("-3.50"));
    }

    @Test
    void zeroAndThreeDigitCurrenciesRoundToTheirOwnUnit() {
        assertThat(Money.of(new BigDecimal("1234.5"), JPY, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("1234", JPY));
        assertThat(Money.of(new BigDecimal("1235.5"), JPY, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("1236", JPY));
        assertThat(Money.of(new BigDecimal("1.0005"), BHD, RoundingMode.HALF_UP)).isEqualTo(Money.of("1.001", BHD));
        assertThat(Money.of(new BigDecimal("1.0005"), BHD, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("1.000", BHD));
    }

    @Test
    void arithmeticStaysInOneCurrency() {
        assertThat(eur("10.10").plus(eur("0.95"))).isEqualTo(eur("11.05"));
        assertThat(eur("10.10").minus(eur("12"))).isEqualTo(eur("-1.90"));
        assertThat(eur("19.99").times(new BigDecimal("3"), RoundingMode.HALF_EVEN)).isEqualTo(eur("59.97"));
        assertThat(eur("80.00").times(new BigDecimal("1.5"), RoundingMode.HALF_EVEN)).isEqualTo(eur("120.00"));
        assertThat(eur("0.10").times(new BigDecimal("0.25"), RoundingMode.HALF_EVEN))
                .as("0.025 rounds half-even to 0.02").isEqualTo(eur("0.02"));
        assertThat(eur("0.00").isZero()).isTrue();
    }

    @Test
    void mixingCurrenciesIsRefusedClearly() {
        assertThatThrownBy(() -> eur("1").plus(Money.of("1", USD))).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("EUR").hasMessageContaining("USD");
        assertThatThrownBy(() -> eur("1").minus(Money.of("1", USD))).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> eur("1").compareTo(Money.of("1", USD))).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void equalityIsByValueAndCurrency() {
        assertThat(eur("10.00")).isEqualTo(eur("10")).hasSameHashCodeAs(eur("10.0"));
        assertThat(eur("10.00")).isNotEqualTo(Money.of("10.00", USD));
        assertThat(eur("10.00")).isNotEqualTo(eur("10.01"));
    }

    @Test
    void comparisonsOrderAmounts() {
        assertThat(eur("10.01").isGreaterThan(eur("10.00"))).isTrue();
        assertThat(eur("-1").isLessThan(eur("0"))).isTrue();
        assertThat(List.of(eur("3"), eur("-1"), eur("2")).stream().sorted().toList())
                .containsExactly(eur("-1"), eur("2"), eur("3"));
    }

    @Test
    void percentageForTaxesRoundsWithTheGivenMode() {
        assertThat(eur("100.00").percent(new BigDecimal("20"), RoundingMode.HALF_EVEN)).isEqualTo(eur("20.00"));
        assertThat(eur("10.05").percent(new BigDecimal("10"), RoundingMode.HALF_EVEN))
                .as("1.005 half-even").isEqualTo(eur("1.00"));
        assertThat(eur("10.05").percent(new BigDecimal("10"), RoundingMode.HALF_UP))
                .as("1.005 half-up").isEqualTo(eur("1.01"));
        assertThat(eur("59.90").percent(new BigDecimal("5.5"), RoundingMode.HALF_UP)).isEqualTo(eur("3.29"));
        assertThat(Money.of("1000", JPY).percent(new BigDecimal("8"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("80", JPY));
    }

    @Test
    void allocatingLosesNoMinorUnit() {
        assertThat(eur("100.00").allocate(3)).containsExactly(eur("33.34"), eur("33.33"), eur("33.33"));
        assertThat(eur("0.05").allocate(3)).containsExactly(eur("0.02"), eur("0.02"), eur("0.01"));
        assertThat(eur("-100.00").allocate(3)).containsExactly(eur("-33.34"), eur("-33.33"), eur("-33.33"));
        assertThat(Money.of("100", JPY).allocate(3))
                .containsExactly(Money.of("34", JPY), Money.of("33", JPY), Money.of("33", JPY));
        assertThat(Money.of("1.000", BHD).allocate(3))
                .containsExactly(Money.of("0.334", BHD), Money.of("0.333", BHD), Money.of("0.333", BHD));
    }

    @Test
    void allocatingByRatiosGivesLeftoversToTheLargestRemainders() {
        // 70/30 of 0.05 is 0.035 and 0.015: both remainders are half a cent, the first part wins the tie.
        assertThat(eur("0.05").allocate(70, 30)).containsExactly(eur("0.04"), eur("0.01"));
        // 1/6 and 5/6 of 1.00 are 0.1666 and 0.8333: the larger remainder takes the cent.
        assertThat(eur("1.00").allocate(1, 5)).containsExactly(eur("0.17"), eur("0.83"));
        assertThat(eur("10.00").allocate(1, 0, 1)).containsExactly(eur("5.00"), eur("0.00"), eur("5.00"));
        List<Money> parts = eur("1234.57").allocate(3, 7, 11, 13);
        assertThat(parts.stream().reduce(Money.zero(EUR), Money::plus)).isEqualTo(eur("1234.57"));
    }

    @Test
    void allocationRefusesNonsense() {
        assertThatThrownBy(() -> eur("1").allocate(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> eur("1").allocate(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> eur("1").allocate(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAmountTooLargeForTheColumnIsRefusedWhenMade() {
        assertThat(eur("999999999999999.99").amount()).isEqualByComparingTo("999999999999999.99");
        assertThatThrownBy(() -> eur("1000000000000000.00")).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> eur("999999999999999.99").plus(eur("0.01"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> eur("999999999999999.99").times(new BigDecimal("10"), RoundingMode.HALF_EVEN))
                .isInstanceOf(ArithmeticException.class);
        assertThat(eur("-999999999999999.99").negate()).isEqualTo(eur("999999999999999.99"));
    }

    @Test
    void currenciesWithoutMinorUnitsAndJunkAreRefused() {
        assertThatThrownBy(() -> Money.of("1", Currency.getInstance("XXX"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XXX");
        assertThatThrownBy(() -> eur("ten")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ten");
        assertThatThrownBy(() -> Money.of((String) null, EUR)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void printsAsCurrencyThenPlainAmount() {
        assertThat(eur("10").toString()).isEqualTo("EUR 10.00");
        assertThat(eur("1E+3").toString()).isEqualTo("EUR 1000.00");
        assertThat(Money.of("-5", JPY).toString()).isEqualTo("JPY -5");
    }

    @Test
    void jsonCarriesTheAmountAsAString() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.writeValueAsString(eur("10"))).isEqualTo("{\"amount\":\"10.00\",\"currency\":\"EUR\"}");
        assertThat(json.readValue("{\"amount\":\"10.5\",\"currency\":\"EUR\"}", Money.class)).isEqualTo(eur("10.50"));
        assertThatThrownBy(() -> json.readValue("{\"amount\":\"10.005\",\"currency\":\"EUR\"}", Money.class))
                .as("JSON input is refused, not rounded").hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
