package dev.atrium.core.catalog;

import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.core.web.Forms;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.StorableText;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A product or service as a client or the form sends it. Deactivating and reactivating are actions of their own,
 * not a field sent here.
 *
 * @param reference   unique in the tenant whatever its case: letters, digits and {@code . _ / -}, at most 40
 * @param unitPrice   before tax, with no more decimals than the currency has (2 for EUR, 0 for JPY)
 * @param currency    the price's currency; the tenant's when absent
 * @param taxRateId   one of the tenant's active rates; none means lines take the tenant's default
 * @param version     the version read, when changing (a change made meanwhile is refused)
 */
record ProductRequest(
        @Schema(example = "CONS-H", maxLength = ProductRequest.MAX_REFERENCE) String reference,
        @Schema(example = "Consulting, per hour", maxLength = ProductRequest.MAX_LABEL) String label,
        @Schema(maxLength = ProductRequest.MAX_DESCRIPTION) String description,
        @Schema(example = "SERVICE") ProductKind kind,
        @Schema(example = "h", maxLength = ProductRequest.MAX_UNIT) String unit,
        @Schema(example = "95.00", type = "string") BigDecimal unitPrice,
        @Schema(example = "EUR", description = "ISO 4217; the company's currency when absent") String currency,
        Long taxRateId,
        @Schema(description = "The version read; required when changing") Long version) {

    static final int MAX_REFERENCE = 40;
    static final int MAX_LABEL = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_UNIT = 20;
    private static final String NOT_BLANK = "{problem.field.not-blank}";
    static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    ProductRequest {
        reference = blankToNull(reference);
        label = blankToNull(label);
        description = blankToNull(description);
        unit = blankToNull(unit);
        currency = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Every bad field, for one 400 with the service's findings (a reference taken, a rate unknown); the price
     * in its currency when every field is good.
     */
    List<FieldError> errors(boolean change, Currency fallbackCurrency) {
        List<FieldError> errors = new ArrayList<>();
        if (reference == null) {
            errors.add(new FieldError("reference", NOT_BLANK));
        } else if (reference.length() > MAX_REFERENCE) {
            errors.add(new FieldError("reference", ProblemTexts.key("problem.field.max-characters", MAX_REFERENCE)));
        } else if (!REFERENCE.matcher(reference).matches()) {
            errors.add(new FieldError("reference", "{catalog.problem.reference-pattern}"));
        }
        text("label", label, MAX_LABEL, true, errors);
        text("description", description, MAX_DESCRIPTION, false, errors);
        text("unit", unit, MAX_UNIT, false, errors);
        if (kind == null) {
            errors.add(new FieldError("kind", "{catalog.problem.kind}"));
        }
        Optional<Currency> priced = currency(fallbackCurrency);
        if (priced.isEmpty()) {
            errors.add(new FieldError("currency", "{problem.field.currency}"));
        }
        if (unitPrice == null) {
            errors.add(new FieldError("unitPrice", NOT_BLANK));
        } else if (unitPrice.signum() < 0) {
            errors.add(new FieldError("unitPrice", "{catalog.problem.price-negative}"));
        } else if (unitPrice.setScale(0, RoundingMode.DOWN).precision() > Money.MAX_INTEGER_DIGITS) {
            errors.add(new FieldError("unitPrice", "{catalog.problem.price-large}"));
        } else if (priced.isPresent() && unitPrice.stripTrailingZeros().scale()
                > Math.max(0, priced.get().getDefaultFractionDigits())) {
            errors.add(new FieldError("unitPrice", ProblemTexts.key("catalog.problem.price-decimals",
                    priced.get().getDefaultFractionDigits(), priced.get().getCurrencyCode())));
        }
        if (change && version == null) {
            errors.add(new FieldError("version", "{catalog.problem.version}"));
        }
        return errors;
    }

    /** The price as money; call once {@link #errors} found none. */
    Money price(Currency fallbackCurrency) {
        return Money.of(unitPrice, currency(fallbackCurrency).orElseThrow());
    }

    private Optional<Currency> currency(Currency fallback) {
        if (currency == null) {
            return Optional.of(fallback);
        }
        try {
            Currency chosen = Currency.getInstance(currency);
            return Forms.isCurrent(chosen) && chosen.getDefaultFractionDigits() >= 0 ? Optional.of(chosen)
                    : Optional.empty();
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static void text(String field, String value, int max, boolean required, List<FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, NOT_BLANK));
            }
        } else if (value.length() > max) {
            errors.add(new FieldError(field, ProblemTexts.key("problem.field.max-characters", max)));
        } else {
            StorableText.offence(value).ifPresent(offence -> errors.add(new FieldError(field, offence)));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
