package dev.atrium.plugin.context;

import java.util.Set;

/**
 * Who is signed in for the current request. The host implements it; every call
 * reads the request's user. Outside a request by a user (a job, an event
 * listener) {@link #signedIn()} is false and the other methods throw
 * {@link IllegalStateException}.
 *
 * <pre>{@code
 * Contract contract = new Contract(reference, customer, user.id(), user.displayName());
 * if (!user.hasPermission("contracts:write")) { ... }
 * }</pre>
 */
public interface CurrentUser {

    boolean signedIn();

    long id();

    String email();

    String displayName();

    /** The core and module permissions the user holds in the tenant, on this request. */
    Set<String> permissions();

    default boolean hasPermission(String permission) {
        return signedIn() && permissions().contains(permission);
    }
}
