package dev.atrium.core.identity.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The role a user is to hold from their next request on. */
record RoleChangeRequest(@NotBlank @Size(max = 40) String role) {
}
