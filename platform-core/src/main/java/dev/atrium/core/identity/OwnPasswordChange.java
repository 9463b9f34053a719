package dev.atrium.core.identity;

/** A user's request to change their own password. */
record OwnPasswordChange(String currentPassword, String newPassword) {
}
