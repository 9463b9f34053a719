package dev.atrium.core.identity.user;

import org.springframework.modulith.NamedInterface;
import dev.atrium.core.principal.Role;

/** A user to create in a tenant; the password arrives in clear and is stored hashed. */
@NamedInterface("users")
public record NewUser(String email, String displayName, String password, String role) {

    /** A user of one of the built-in roles, such as a new tenant's owner. */
    public NewUser(String email, String displayName, String password, Role role) {
        this(email, displayName, password, role.key());
    }
}
