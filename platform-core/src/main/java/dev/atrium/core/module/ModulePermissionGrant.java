package dev.atrium.core.module;

import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A module permission a tenant gives one of its roles; the module's defaults are written on first activation. */
@Entity
@Table(name = "module_permission_grant")
class ModulePermissionGrant extends TenantScopedEntity {

    @Column(name = "module_key")
    private String moduleKey;

    private String role;

    private String permission;

    protected ModulePermissionGrant() {
    }

    ModulePermissionGrant(String moduleKey, String role, String permission) {
        this.moduleKey = moduleKey;
        this.role = role;
        this.permission = permission;
    }

    String moduleKey() {
        return moduleKey;
    }

    String role() {
        return role;
    }

    String permission() {
        return permission;
    }
}
