package dev.atrium.core.identity.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password an administrator sets for a user. */
record PasswordChangeRequest(@NotNull @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_BYTES,
        message = PasswordPolicy.MESSAGE) String password) {
}
