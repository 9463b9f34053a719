package dev.atrium.core.identity.user;

import jakarta.validation.constraints.NotNull;

/** A new password an administrator sets for a user. */
record PasswordChangeRequest(@NotNull String password) {
}
