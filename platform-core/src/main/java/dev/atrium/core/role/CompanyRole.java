package dev.atrium.core.role;

import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of a tenant's roles. A built-in one is never deleted; without a name of its own it reads as its default. */
@Entity
@Table(name = "tenant_role")
class CompanyRole extends TenantScopedEntity {

    @Column(name = "role_key", nullable = false, updatable = false)
    private String key;

    private String name;

    @Column(name = "built_in", nullable = false, updatable = false)
    private boolean builtIn;

    protected CompanyRole() {
    }

    private CompanyRole(String key, String name, boolean builtIn) {
        this.key = key;
        this.name = name;
        this.builtIn = builtIn;
    }

    static CompanyRole custom(String key, String name) {
        return new CompanyRole(key, name, false);
    }

    void rename(String newName) {
        this.name = newName;
    }

    String key() {
        return key;
    }

    /** The tenant's own name for it, or null for a built-in role that still has its default one. */
    String name() {
        return name;
    }

    boolean builtIn() {
        return builtIn;
    }
}
