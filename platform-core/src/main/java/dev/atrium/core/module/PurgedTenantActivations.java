package dev.atrium.core.module;

import dev.atrium.core.tenant.TenantPurged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A purged tenant's activations are gone from the database; this node's copy, the shared one in Redis and
 * every other node's follow. Through the publication registry: should Redis refuse, the publication stays
 * incomplete and is resubmitted instead of leaving other nodes with the dead tenant's modules.
 */
@Component
class PurgedTenantActivations {

    private final ActivationCache cache;

    PurgedTenantActivations(ActivationCache cache) {
        this.cache = cache;
    }

    @ApplicationModuleListener
    void on(TenantPurged purged) {
        cache.changed(purged.tenantId());
    }
}
