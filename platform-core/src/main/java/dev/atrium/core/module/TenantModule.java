package dev.atrium.core.module;

import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A module a tenant has activated at least once; deactivating keeps the row and the tenant's data. */
@Entity
@Table(name = "tenant_module")
class TenantModule extends TenantScopedEntity {

    @Column(name = "module_key")
    private String moduleKey;

    private boolean active;

    @Column(name = "first_activated_at")
    private Instant firstActivatedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected TenantModule() {
    }

    private TenantModule(String moduleKey, Instant now) {
        this.moduleKey = moduleKey;
        this.active = true;
        this.firstActivatedAt = now;
        this.changedAt = now;
    }

    static TenantModule firstActivation(String moduleKey, Instant now) {
        return new TenantModule(moduleKey, now);
    }

    void reactivate(Instant now) {
        active = true;
        changedAt = now;
    }

    void deactivate(Instant now) {
        active = false;
        changedAt = now;
    }

    boolean isActive() {
        return active;
    }
}
