package dev.atrium.plugin.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberPatternTest {

    static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 9);

    @Test
    void placeholdersAreSubstitutedByTheDocumentDateAndCounter() {
        assertThat(NumberPattern.parse("{prefix}-{yyyy}-{seq:5}").format("INV", MARCH_2026, 42))
                .isEqualTo("INV-2026-00042");
        assertThat(NumberPattern.parse("F{yy}{mm}/{seq:3}").format("", MARCH_2026, 7)).isEqualTo("F2603/007");
        assertThat(NumberPattern.parse("{prefix}{seq:5}").format("C", MARCH_2026, 1)).isEqualTo("C00001");
        assertThat(NumberPattern.parse("{seq:2}").format("", MARCH_2026, 12345))
                .as("a counter past its width keeps every digit").isEqualTo("12345");
    }

    @Test
    void zerosInBracesAreTheCounterAtTheirWidth() {
        assertThat(NumberPattern.parse("INV-{yyyy}-{00000}").format("", MARCH_2026, 42)).isEqualTo("INV-2026-00042");
        assertThat(NumberPattern.parse("CN{0}").format("", MARCH_2026, 7)).isEqualTo("CN7");
        assertThatThrownBy(() -> NumberPattern.parse("INV-{00000000000}")).as("eleven zeros")
                .hasMessageContaining("1 to 10 digits");
        assertThatThrownBy(() -> NumberPattern.parse("INV-{000}-{seq:3}")).as("the counter twice")
                .hasMessageContaining("exactly once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{prefix}-{year}-{seq:5}", "{seq:5}{__class__}", "${T(java.lang.Runtime)}{seq:3}",
        "[[${7*7}]]{seq:3}", "{seq:5", "INV {seq:5}", "{seq:0}", "{seq:11}", "{seq:5}{seq:5}", "INV-{yyyy}",
        "{seq}", "", "   ", "<b>{seq:4}</b>", "{prefix}-{yyyy}-{mm}-{seq:10}-and-then-some-more-text"})
    void anythingButKnownPlaceholdersAndPlainTextIsRefused(String pattern) {
        assertThatThrownBy(() -> NumberPattern.parse(pattern)).isInstanceOf(InvalidNumberPatternException.class)
                .satisfies(e -> assertThat(((InvalidNumberPatternException) e).field()).isEqualTo("pattern"));
    }

    @Test
    void theRefusalNamesTheUnknownPlaceholder() {
        assertThatThrownBy(() -> NumberPattern.parse("{prefix}-{year}-{seq:5}"))
                .hasMessageContaining("unknown placeholder {year}").hasMessageContaining("{yyyy}");
    }

    @Test
    void aResetMustShowThePeriodOrNumbersWouldRepeat() {
        assertThatThrownBy(() -> NumberPattern.parse("INV-{seq:5}").checkFits(NumberReset.YEARLY))
                .hasMessageContaining("year");
        assertThatThrownBy(() -> NumberPattern.parse("INV-{yyyy}-{seq:5}").checkFits(NumberReset.MONTHLY))
                .hasMessageContaining("month");
        NumberPattern.parse("INV-{yy}-{seq:5}").checkFits(NumberReset.YEARLY);
        NumberPattern.parse("INV-{yyyy}{mm}-{seq:5}").checkFits(NumberReset.MONTHLY);
        NumberPattern.parse("INV-{seq:5}").checkFits(NumberReset.NEVER);
    }

    @Test
    void prefixesArePlainShortText() {
        assertThat(NumberPattern.checkPrefix(null)).isEmpty();
        assertThat(NumberPattern.checkPrefix("FA/EU")).isEqualTo("FA/EU");
        assertThatThrownBy(() -> NumberPattern.checkPrefix("{seq:5}")).isInstanceOf(InvalidNumberPatternException.class);
        assertThatThrownBy(() -> NumberPattern.checkPrefix("ELEVEN-CHAR")).isInstanceOf(InvalidNumberPatternException.class);
    }

    @Test
    void resetsCountPerPeriodOfTheDocumentDate() {
        assertThat(NumberReset.NEVER.period(MARCH_2026)).isEmpty();
        assertThat(NumberReset.YEARLY.period(MARCH_2026)).isEqualTo("2026");
        assertThat(NumberReset.MONTHLY.period(MARCH_2026)).isEqualTo("2026-03");
    }

    @Test
    void aSeriesRefusesABadDefaultAtOnce() {
        assertThatThrownBy(() -> new NumberSeries("contracts.contract", "Contracts", "CT", "CT-{seq:5}",
                NumberReset.YEARLY)).hasMessageContaining("contracts.contract").hasMessageContaining("year");
        assertThatThrownBy(() -> new NumberSeries("Contracts", "Contracts", "CT", "{seq:5}", NumberReset.NEVER))
                .hasMessageContaining("lower case");
    }
}
