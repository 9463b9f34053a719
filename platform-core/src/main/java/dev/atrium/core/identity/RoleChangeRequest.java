package dev.atrium.core.identity;

import jakarta.validation.constraints.NotNull;

/** The role a user is to hold from their next request on. */
record RoleChangeRequest(@NotNull Role role) {
}
