package dev.atrium.plugin.problem;

/**
 * One field's complaint in a validation problem: {@code field} is the JSON
 * path of the input. A 400 problem lists them under {@code errors}:
 *
 * <pre>{@code
 * throw new ProblemException(400, "validation-failed", "Invalid input", "1 field is invalid: ...",
 *         Map.of("errors", List.of(new FieldError("lines[2].quantity", "must be greater than 0"))));
 * }</pre>
 */
public record FieldError(String field, String message) {
}
