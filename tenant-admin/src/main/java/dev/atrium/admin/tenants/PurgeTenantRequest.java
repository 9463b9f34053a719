package dev.atrium.admin.tenants;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The operator retypes the tenant's slug: a purge cannot be undone. */
record PurgeTenantRequest(@NotBlank @Size(max = 40) String confirmation) {
}
