package dev.atrium.core.tenant;

import dev.atrium.plugin.problem.RuleViolationException;
import java.util.Map;

/**
 * A tenant's standing. Suspended and closed tenants keep their data but nobody of theirs signs in; a
 * suspension can be lifted, a closing cannot: a closed tenant only waits for its retention to end, to be
 * purged.
 */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED,
    CLOSED;

    TenantStatus moveTo(TenantStatus target) {
        if (this == target) {
            throw new RuleViolationException("tenant-status-unchanged", "Tenant already " + name().toLowerCase(),
                    "The tenant is already " + name().toLowerCase() + ".", Map.of("status", name()));
        }
        if (this == CLOSED) {
            throw new RuleViolationException("tenant-closed", "Tenant closed",
                    "The tenant is closed: it can no longer be " + (target == ACTIVE ? "resumed" : "suspended")
                            + ", only purged once its retention period has ended.",
                    Map.of("status", name()));
        }
        return target;
    }
}
