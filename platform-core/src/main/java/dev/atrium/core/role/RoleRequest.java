package dev.atrium.core.role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A role as the API and the Roles page send it: its name and every right it is to hold (what is not listed, it no
 * longer holds).
 */
record RoleRequest(@NotBlank @Size(max = 100) String name,
        @NotNull @Size(max = 200) Set<@NotBlank @Size(max = 100) String> rights) {

    RoleRequest {
        name = name == null ? null : name.strip();
    }
}
