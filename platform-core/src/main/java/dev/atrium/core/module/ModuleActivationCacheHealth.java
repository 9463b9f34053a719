package dev.atrium.core.module;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Says where module activations are read from. Redis being unreachable is
 * DEGRADED, never DOWN: the database answers instead, so the node stays
 * ready and keeps serving (the readiness group does not include this).
 */
final class ModuleActivationCacheHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Redis unreachable: activations read from the database");

    private final ActivationCache cache;

    ModuleActivationCacheHealth(ActivationCache cache) {
        this.cache = cache;
    }

    @Override
    public Health health() {
        return Health.status(cache.degraded() ? DEGRADED : Status.UP).withDetail("readFrom", cache.mode()).build();
    }
}
