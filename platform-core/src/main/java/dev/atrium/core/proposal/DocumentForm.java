package dev.atrium.core.proposal;

import dev.atrium.plugin.problem.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Reads a document page's posted fields as typed: a date, a number or a currency that is not one becomes that
 * field's error, collected with the others, never an error page.
 */
public final class DocumentForm {

    private DocumentForm() {
    }

    public static LocalDate date(Map<String, String> form, String field, List<FieldError> errors) {
        String text = form.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            errors.add(new FieldError(field, "{problem.field.type.localdate}"));
            return null;
        }
    }

    public static Long whole(Map<String, String> form, String field, List<FieldError> errors) {
        String text = form.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            errors.add(new FieldError(field, "{problem.field.type.long}"));
            return null;
        }
    }

    public static Currency currency(Map<String, String> form, String field, List<FieldError> errors) {
        String code = form.get(field);
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(code.strip());
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError(field, "{problem.field.currency}"));
            return null;
        }
    }
}
