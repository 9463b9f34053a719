package dev.atrium.core.identity.token;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks for a new personal API token. */
record NewTokenRequest(@NotBlank @Size(max = 100) String name) {
}
