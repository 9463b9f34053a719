package dev.atrium.plugin.problem;

import java.util.Map;

/**
 * The thing asked for does not exist for the current tenant. Another tenant's
 * row is reported exactly like a missing one, so nobody learns it exists.
 */
public class NotFoundException extends ProblemException {

    public NotFoundException(String kind, Object id) {
        super(404, "not-found", "Not found", kind + " " + id + " was not found.", Map.of("resource", kind, "id", String.valueOf(id)));
    }
}
