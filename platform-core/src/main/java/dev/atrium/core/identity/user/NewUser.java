package dev.atrium.core.identity.user;

import org.springframework.modulith.NamedInterface;
import dev.atrium.core.principal.Role;

/** A user to create in a tenant; the password arrives in clear and is stored hashed. */
@NamedInterface("users")
public record NewUser(String email, String displayName, String password, Role role) {
}
