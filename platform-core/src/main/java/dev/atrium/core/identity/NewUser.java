package dev.atrium.core.identity;

/** A user to create in a tenant; the password arrives in clear and is stored hashed. */
public record NewUser(String email, String displayName, String password, Role role) {
}
