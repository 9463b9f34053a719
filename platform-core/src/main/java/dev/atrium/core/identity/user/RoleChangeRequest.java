package dev.atrium.core.identity.user;

import dev.atrium.core.principal.Role;
import jakarta.validation.constraints.NotNull;

/** The role a user is to hold from their next request on. */
record RoleChangeRequest(@NotNull Role role) {
}
