package dev.atrium.core.module;

import dev.atrium.plugin.module.TenantRole;
import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A module permission a tenant gives one of its roles; the module's defaults are written on first activation. */
@Entity
@Table(name = "module_permission_grant")
class ModulePermissionGrant extends TenantScopedEntity {

    @Column(name = "module_key")
    private String moduleKey;

    @Enumerated(EnumType.STRING)
    private TenantRole role;

    private String permission;

    protected ModulePermissionGrant() {
    }

    ModulePermissionGrant(String moduleKey, TenantRole role, String permission) {
        this.moduleKey = moduleKey;
        this.role = role;
        this.permission = permission;
    }

    String permission() {
        return permission;
    }

    TenantRole role() {
        return role;
    }
}
