package dev.atrium.core.proposal;

import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.core.sales.PricedLine;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.problem.FieldError;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A line of a proposal or an order as written: free text with its own price and tax rate, or a catalog item whose
 * label, unit, price and rate fill what the line leaves out ({@link SalesLines#resolved}). Amounts are decimal
 * strings in the document's currency, so no client sends money through a binary floating-point number.
 *
 * @param taxRate  the percentage, e.g. {@code 20} or {@code 5.5}
 * @param taxName  how the document names the tax ("VAT 20 %"); the rate itself when absent
 * @param taxRateId one of the company's rates, copied as its value and name, instead of taxRate and taxName
 * @param version  the line's version read, when changing it
 */
public record LineRequest(
        @Schema(description = "The catalog item it was written from; absent for free text") Long productId,
        @Schema(example = "Installation", maxLength = LineRequest.MAX_LABEL) String label,
        @Schema(maxLength = LineRequest.MAX_DESCRIPTION) String description,
        @Schema(example = "2", description = "Greater than 0, at most 4 decimals") BigDecimal quantity,
        @Schema(example = "h", maxLength = LineRequest.MAX_UNIT) String unit,
        @Schema(example = "85.50", description = "In the document's currency, at its minor unit") String unitPrice,
        @Schema(example = "10", description = "0 to 100; 0 when absent") BigDecimal discountPercent,
        @Schema(example = "20", description = "0 to 100") BigDecimal taxRate,
        @Schema(example = "VAT 20 %", maxLength = LineRequest.MAX_TAX_NAME) String taxName,
        @Schema(description = "One of the company's tax rates: its value and name are copied onto the line")
        Long taxRateId,
        @Schema(description = "The line's version read; required when changing a line") Long version) {

    public static final int MAX_LABEL = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_UNIT = 20;
    public static final int MAX_TAX_NAME = 60;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public LineRequest {
        label = stripped(label);
        description = stripped(description);
        unit = stripped(unit);
        unitPrice = stripped(unitPrice);
        taxName = stripped(taxName);
        discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
    }

    /**
     * Every bad field, each named under {@code prefix} ({@code lines[1].} in a document written at once, nothing
     * for a line of its own), so the caller answers them all in one 400.
     */
    public List<FieldError> errors(String prefix, Currency currency, boolean change) {
        List<FieldError> errors = new ArrayList<>();
        if (label == null) {
            errors.add(new FieldError(prefix + "label", "{problem.field.not-blank}"));
        } else if (label.length() > MAX_LABEL) {
            errors.add(new FieldError(prefix + "label", ProblemTexts.key("problem.field.max-characters", MAX_LABEL)));
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError(prefix + "description",
                    ProblemTexts.key("problem.field.max-characters", MAX_DESCRIPTION)));
        }
        if (unit != null && unit.length() > MAX_UNIT) {
            errors.add(new FieldError(prefix + "unit", ProblemTexts.key("problem.field.max-characters", MAX_UNIT)));
        }
        if (quantity == null) {
            errors.add(new FieldError(prefix + "quantity", "{problem.field.not-blank}"));
        } else if (quantity.signum() <= 0 || tooPrecise(quantity)) {
            errors.add(new FieldError(prefix + "quantity", "{proposal.problem.quantity}"));
        }
        if (unitPrice == null) {
            errors.add(new FieldError(prefix + "unitPrice", "{problem.field.not-blank}"));
        } else if (price(currency) == null) {
            errors.add(new FieldError(prefix + "unitPrice", ProblemTexts.key("proposal.problem.unit-price",
                    currency.getCurrencyCode(), Math.max(currency.getDefaultFractionDigits(), 0))));
        }
        if (outOfPercent(discountPercent)) {
            errors.add(new FieldError(prefix + "discountPercent", "{proposal.problem.percent}"));
        }
        if (taxRate == null) {
            errors.add(new FieldError(prefix + "taxRate", "{problem.field.not-blank}"));
        } else if (outOfPercent(taxRate)) {
            errors.add(new FieldError(prefix + "taxRate", "{proposal.problem.percent}"));
        }
        if (taxName != null && taxName.length() > MAX_TAX_NAME) {
            errors.add(new FieldError(prefix + "taxName",
                    ProblemTexts.key("problem.field.max-characters", MAX_TAX_NAME)));
        }
        if (change && version == null) {
            errors.add(new FieldError(prefix + "version", "{proposal.problem.version}"));
        }
        return errors;
    }

    /** The same line with the figures a catalog item or a tax rate gave it. */
    LineRequest filled(String label, String description, String unit, String unitPrice, BigDecimal taxRate,
            String taxName) {
        return new LineRequest(productId, label, description, quantity, unit, unitPrice, discountPercent, taxRate,
                taxName, taxRateId, version);
    }

    /** The checked figures; call only once {@link #errors} found none. */
    public LineTerms terms(Currency currency) {
        return new LineTerms(productId, label, description, quantity, unit, price(currency), discountPercent, taxRate,
                taxName != null ? taxName : LineView.plain(taxRate).toPlainString() + " %");
    }

    private Money price(Currency currency) {
        try {
            Money price = Money.of(unitPrice, currency);
            return price.isNegative() ? null : price;
        } catch (IllegalArgumentException notAnAmount) {
            return null;
        }
    }

    private static boolean outOfPercent(BigDecimal value) {
        return value.signum() < 0 || value.compareTo(HUNDRED) > 0 || tooPrecise(value);
    }

    private static boolean tooPrecise(BigDecimal value) {
        return value.stripTrailingZeros().scale() > PricedLine.MAX_DECIMALS
                || value.precision() - value.scale() > Money.MAX_INTEGER_DIGITS;
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
