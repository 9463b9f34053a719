package dev.atrium.core.problem;

import dev.atrium.plugin.problem.FieldError;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Says what was wrong with an unreadable body without echoing server internals. */
final class MalformedInput {

    private MalformedInput() {
    }

    static String describe(HttpMessageNotReadableException e) {
        if (e.getMostSpecificCause() instanceof JacksonException) {
            return "The request body is not valid JSON.";
        }
        return "The request body is missing or unreadable.";
    }

    /** The field holding a value of the wrong type, when the JSON itself was well-formed. */
    static Optional<FieldError> fieldError(HttpMessageNotReadableException e) {
        if (!(e.getMostSpecificCause() instanceof MismatchedInputException mismatched)
                || mismatched.getPath().isEmpty()) {
            return Optional.empty();
        }
        Class<?> target = mismatched.getTargetType();
        String message = mismatched instanceof TextInputJson.UnacceptableText ? TextInput.MESSAGE
                : target != null && target.isEnum()
                ? "must be one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "))
                : mismatched instanceof InvalidFormatException ? "is not a valid value" : "has a value of the wrong type";
        return Optional.of(new FieldError(path(mismatched), message));
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        e.getPath().forEach(reference -> {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        });
        return path.toString();
    }
}
