package dev.atrium.plugin.problem;

/** One field's complaint in a validation problem: {@code field} is the JSON path of the input. */
public record FieldError(String field, String message) {
}
