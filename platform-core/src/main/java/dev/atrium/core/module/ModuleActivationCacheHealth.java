package dev.atrium.core.module;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Says where module activations are read from. Redis being unreachable is
 * reported, but never as DOWN: the database answers instead, so the node stays
 * ready and keeps serving.
 */
final class ModuleActivationCacheHealth implements HealthIndicator {

    private final ActivationCache cache;

    ModuleActivationCacheHealth(ActivationCache cache) {
        this.cache = cache;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("readFrom", cache.mode()).build();
    }
}
