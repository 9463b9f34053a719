package dev.atrium.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The countries and currencies the forms offer: named for the reader, sorted as the reader's language sorts. */
class FormsChoicesTest {

    @Test
    void countriesAreNamedInTheReadersLanguageAndSortedAsItSortsAccents() {
        List<String> french = Forms.countries(Locale.FRENCH).stream().map(Forms.Option::label).toList();
        assertThat(french).as("É sorts with E, not after Z").containsSubsequence("Danemark", "Égypte", "Équateur",
                "Espagne", "Estonie");
        assertThat(french.getLast()).isEqualTo("Zimbabwe");
        assertThat(Forms.countries(Locale.ENGLISH)).hasSize(Locale.getISOCountries().length)
                .contains(new Forms.Option("DE", "Germany"));
        assertThat(Forms.countryName("DE", Locale.FRENCH)).isEqualTo("Allemagne");
        assertThat(Forms.countryName("ZZ", Locale.FRENCH)).as("a code that is no country stays as it is")
                .isEqualTo("ZZ");
    }

    @Test
    void onlyCurrenciesInUseTodayAreOfferedEachWithItsName() {
        List<String> codes = Forms.currencies(Locale.ENGLISH).stream().map(Forms.Option::value).toList();
        assertThat(codes).contains("EUR", "USD", "GBP", "CHF", "JPY", "XOF", "XPF")
                .as("withdrawn, funds, metals and test codes").doesNotContain("FRF", "DEM", "ITL", "ESP", "HRK",
                        "SLL", "ZWL", "XAU", "XAG", "XTS", "XXX", "CHE", "USN");
        assertThat(codes).as("sorted by code").isSorted();
        assertThat(Forms.currencies(Locale.FRENCH)).contains(new Forms.Option("USD", "USD · dollar des États-Unis"));
        assertThat(Forms.isCurrent(Currency.getInstance("EUR"))).isTrue();
        assertThat(Forms.isCurrent(Currency.getInstance("FRF"))).isFalse();
    }
}
