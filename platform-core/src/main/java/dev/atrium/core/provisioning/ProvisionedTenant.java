package dev.atrium.core.provisioning;

import dev.atrium.core.identity.user.UserSummary;
import dev.atrium.core.tenant.TenantSummary;

/** A tenant just created, with its first user, its owner. */
public record ProvisionedTenant(TenantSummary tenant, UserSummary owner) {
}
