package dev.atrium.core.identity.user;

/** A user's request to change their own password. */
record OwnPasswordChange(String currentPassword, String newPassword) {
}
