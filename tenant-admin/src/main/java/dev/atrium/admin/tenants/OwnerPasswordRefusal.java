package dev.atrium.admin.tenants;

import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The password policy's refusal of a new owner's password, which only provisioning can judge (it contains the
 * owner's email), named after the console's field: the core names it {@code password}, the request
 * {@code ownerPassword}.
 */
final class OwnerPasswordRefusal {

    private OwnerPasswordRefusal() {
    }

    /** The refusal's messages, or an empty list when the problem is about something else. */
    static List<String> messages(ProblemException refused) {
        if (refused.status() != 400 || !(refused.properties().get("errors") instanceof List<?> errors)) {
            return List.of();
        }
        return errors.stream().filter(FieldError.class::isInstance).map(FieldError.class::cast)
                .filter(error -> error.field().equals("password")).map(FieldError::message).toList();
    }

    /** The same problem with its field errors on {@code ownerPassword}. */
    static ProblemException renamed(ProblemException refused) {
        Map<String, Object> properties = new HashMap<>(refused.properties());
        properties.put("errors", messages(refused).stream()
                .map(message -> new FieldError("ownerPassword", message)).toList());
        return new ProblemException(400, refused.type(), refused.title(), refused.detail(), properties);
    }
}
