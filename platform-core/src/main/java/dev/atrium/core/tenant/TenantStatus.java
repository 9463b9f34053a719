package dev.atrium.core.tenant;

import dev.atrium.plugin.problem.RuleViolationException;
import java.util.Map;

/** A tenant's standing; suspended tenants keep their data but nobody of theirs signs in. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED;

    TenantStatus moveTo(TenantStatus target) {
        if (this == target) {
            throw new RuleViolationException("tenant-status-unchanged", "Tenant already " + name().toLowerCase(),
                    "The tenant is already " + name().toLowerCase() + ".", Map.of("status", name()));
        }
        return target;
    }
}
