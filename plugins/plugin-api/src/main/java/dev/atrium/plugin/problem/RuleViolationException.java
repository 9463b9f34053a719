package dev.atrium.plugin.problem;

import java.util.Map;

/**
 * A business rule refused the request (an illegal status transition, a module
 * missing its dependency). Answered with 409 and the rule's own type.
 */
public class RuleViolationException extends ProblemException {

    public RuleViolationException(String type, String title, String detail, Map<String, Object> properties) {
        super(409, type, title, detail, properties);
    }

    public RuleViolationException(String type, String title, String detail) {
        this(type, title, detail, Map.of());
    }
}
