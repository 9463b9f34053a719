package dev.atrium.plugin.problem;

import java.util.List;
import java.util.Map;

/**
 * A refusal that the web layer turns into an RFC 9457 problem+json answer.
 *
 * <p>{@code type} is a stable slug (for example {@code module-not-active});
 * the host publishes it as {@code https://atrium.dev/problems/<slug>}. Clients
 * switch on it, so never rename one.
 *
 * <pre>{@code
 * throw new ProblemException(409, "contract-over-block", "Contract over its block",
 *         "Contract C-12 has 3.5 hours left; the request needs 5.", Map.of("remaining", "3.5"));
 * }</pre>
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, Object> properties;

    public ProblemException(int status, String type, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, Map.of());
    }

    /**
     * A 400 naming one field, shaped as Bean Validation's answers are, for input only the code can judge (a list
     * cursor made for another sort, a sort key the list does not have).
     *
     * <pre>{@code
     * throw ProblemException.invalidField("after", "was made for sort=code, not sort=name");
     * }</pre>
     */
    public static ProblemException invalidField(String field, String message) {
        return invalidFields(List.of(new FieldError(field, message)));
    }

    /**
     * A 400 naming every bad field at once, as one answer to a form: the user mends them all in one round.
     *
     * <pre>{@code
     * if (!errors.isEmpty()) {
     *     throw ProblemException.invalidFields(errors);   // nothing of the request has been written
     * }
     * }</pre>
     */
    public static ProblemException invalidFields(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A refusal of input names at least one field");
        }
        String detail = errors.size() == 1
                ? "1 field is invalid: " + errors.getFirst().field() + " " + errors.getFirst().message() + "."
                : errors.size() + " fields are invalid.";
        return new ProblemException(400, "validation-failed", "Invalid input", detail,
                Map.of("errors", List.copyOf(errors)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
