package dev.atrium.core.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atrium.plugin.list.CsvColumns;
import dev.atrium.plugin.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.function.Function;

/**
 * A product as a list row or an export line, read from its columns alone. The price's two columns are one
 * {@link Money} to a reader, in JSON as everywhere else.
 */
record ProductSummary(long id, String reference, String label, ProductKind kind, String unit,
        @JsonIgnore BigDecimal amount, @JsonIgnore Currency currency, Long taxRateId, boolean active,
        Instant updatedAt) {

    /** The price at its currency's scale; public, as a record's accessors are, for the list page to read. */
    @JsonProperty("unitPrice")
    public Money unitPrice() {
        return Money.of(amount, currency);
    }

    /**
     * An export's columns, each named by its field ({@code fields=reference,label}, and
     * {@code catalog.field.<field>} for its header), with values as a person reads them: {@code say} gives a key's
     * text in the user's language, {@code rateNames} a rate's name by id, and the change is the day it was in the
     * company's time zone.
     */
    static CsvColumns<ProductSummary> columns(Function<String, String> say, Map<Long, String> rateNames,
            ZoneId zone) {
        return CsvColumns.<ProductSummary>of("reference", ProductSummary::reference)
                .and("label", ProductSummary::label)
                .and("kind", row -> say.apply("catalog.kind." + row.kind()))
                .and("unit", ProductSummary::unit)
                .and("unitPrice", row -> row.unitPrice().amount())
                .and("currency", row -> row.currency().getCurrencyCode())
                .and("taxRate", row -> row.taxRateId() == null ? null : rateNames.get(row.taxRateId()))
                .and("active", row -> say.apply(row.active() ? "common.yes" : "common.no"))
                .and("updatedAt", row -> LocalDate.ofInstant(row.updatedAt(), zone));
    }
}
