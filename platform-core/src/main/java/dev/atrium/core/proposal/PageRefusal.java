package dev.atrium.core.proposal;

import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A refusal as a document page shows it: one sentence naming each bad field by its label, and the fields to mark
 * invalid in the form that was posted.
 *
 * @param form   which form was refused ({@code new}, {@code header}, or a line's id), so only it is marked
 * @param fields the refused fields' names ({@code quantity})
 */
public record PageRefusal(String message, String form, Set<String> fields) {

    /** {@code label} gives a field's label in the reader's language, from its name. */
    public static PageRefusal of(ProblemException refusal, String form, Function<String, String> label) {
        List<FieldError> errors = refusal.properties().get("errors") instanceof List<?> list
                ? list.stream().filter(FieldError.class::isInstance).map(FieldError.class::cast).toList() : List.of();
        if (errors.isEmpty()) {
            return new PageRefusal(ProblemTexts.detailOf(refusal), form, Set.of());
        }
        Set<String> fields = new LinkedHashSet<>();
        StringBuilder message = new StringBuilder();
        for (FieldError error : errors) {
            String field = error.field().replaceFirst("^lines\\[\\d+]\\.", "");
            fields.add(field);
            message.append(message.isEmpty() ? "" : " ").append(label.apply(field)).append(" ")
                    .append(ProblemTexts.messageOf(error.message())).append(".");
        }
        return new PageRefusal(message.toString(), form, fields);
    }

    public boolean marks(String formName, String field) {
        return form.equals(formName) && fields.contains(field);
    }
}
