package dev.atrium.core.invoice;

import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.core.sales.PricedLine;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The rules of a line's figures, in one place for drafts made by other features, by the API and by the page: each
 * bad field named under its line ({@code lines[1].quantity}, or {@code quantity} for a single line), every one at
 * once, so a refused document is mended in one round and nothing of it is written.
 */
final class InvoiceLines {

    static final int MAX_LABEL = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_UNIT = 20;
    static final int MAX_TAX_NAME = 60;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InvoiceLines() {
    }

    /** A line's figures once checked: the line's amounts follow from them. */
    record Figures(String label, String description, BigDecimal quantity, String unit, Money unitPrice,
            BigDecimal discountPercent, BigDecimal taxRate, String taxName, Long productId, Long taxRateId) {

        PricedLine priced() {
            return new PricedLine(quantity, unitPrice, discountPercent, taxRate);
        }
    }

    /**
     * The figures of {@code line} in {@code currency}, or the field errors that refuse it, each named
     * {@code prefix + field}.
     */
    static Figures check(NewInvoice.Line line, Currency currency, String prefix, List<FieldError> errors) {
        int before = errors.size();
        String label = stripped(line.label());
        if (label.isEmpty()) {
            errors.add(new FieldError(prefix + "label", "{problem.field.not-blank}"));
        } else if (label.length() > MAX_LABEL) {
            errors.add(new FieldError(prefix + "label", ProblemTexts.key("problem.field.max-characters", MAX_LABEL)));
        }
        String description = line.description() == null ? "" : line.description().strip();
        if (description.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError(prefix + "description",
                    ProblemTexts.key("problem.field.max-characters", MAX_DESCRIPTION)));
        }
        String unit = stripped(line.unit());
        if (unit.length() > MAX_UNIT) {
            errors.add(new FieldError(prefix + "unit", ProblemTexts.key("problem.field.max-characters", MAX_UNIT)));
        }
        String taxName = stripped(line.taxName());
        if (taxName.length() > MAX_TAX_NAME) {
            errors.add(new FieldError(prefix + "taxName",
                    ProblemTexts.key("problem.field.max-characters", MAX_TAX_NAME)));
        }
        BigDecimal quantity = line.quantity();
        if (quantity == null) {
            errors.add(new FieldError(prefix + "quantity", "{problem.field.type.bigdecimal}"));
        } else if (quantity.signum() == 0) {
            errors.add(new FieldError(prefix + "quantity", "{invoice.problem.quantity-zero}"));
        } else if (tooPrecise(quantity) || tooLarge(quantity)) {
            errors.add(new FieldError(prefix + "quantity", "{invoice.problem.quantity-digits}"));
        }
        Money unitPrice = null;
        if (line.unitPrice() == null) {
            errors.add(new FieldError(prefix + "unitPrice", "{problem.field.type.bigdecimal}"));
        } else {
            try {
                unitPrice = Money.of(line.unitPrice(), currency);
            } catch (IllegalArgumentException | ArithmeticException refused) {
                errors.add(new FieldError(prefix + "unitPrice", ProblemTexts.key("invoice.problem.price-digits",
                        currency.getDefaultFractionDigits())));
            }
        }
        BigDecimal discount = line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent();
        if (!percent(discount)) {
            errors.add(new FieldError(prefix + "discountPercent", "{invoice.problem.percent}"));
        }
        if (line.taxRate() == null) {
            errors.add(new FieldError(prefix + "taxRate", "{problem.field.type.bigdecimal}"));
        } else if (!percent(line.taxRate())) {
            errors.add(new FieldError(prefix + "taxRate", "{invoice.problem.percent}"));
        }
        if (errors.size() > before) {
            return null;
        }
        Figures figures = new Figures(label, description, quantity, unit, unitPrice, discount, line.taxRate(),
                taxName, line.productId(), line.taxRateId());
        try {
            // The amounts must fit the columns too: a huge quantity times a huge price is refused here, not by SQL.
            figures.priced().gross();
        } catch (ArithmeticException tooLargeAmount) {
            errors.add(new FieldError(prefix + "quantity", "{invoice.problem.amount-too-large}"));
            return null;
        }
        return figures;
    }

    /** Every line of a document checked, errors named {@code lines[i].field}. */
    static List<Figures> checkAll(List<NewInvoice.Line> lines, Currency currency, List<FieldError> errors) {
        List<Figures> figures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            NewInvoice.Line line = lines.get(i);
            if (line == null) {
                errors.add(new FieldError("lines[" + i + "]", "{problem.field.not-blank}"));
                continue;
            }
            figures.add(check(line, currency, "lines[" + i + "].", errors));
        }
        return figures;
    }

    private static boolean percent(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0 && !tooPrecise(value);
    }

    private static boolean tooPrecise(BigDecimal value) {
        return value.stripTrailingZeros().scale() > PricedLine.MAX_DECIMALS;
    }

    private static boolean tooLarge(BigDecimal value) {
        return value.precision() - value.scale() > Money.MAX_INTEGER_DIGITS;
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
