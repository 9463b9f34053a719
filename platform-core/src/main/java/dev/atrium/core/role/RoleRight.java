package dev.atrium.core.role;

import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A right one of the tenant's roles holds, such as {@code thirdparty:delete} or {@code contracts:write}. */
@Entity
@Table(name = "tenant_role_right")
class RoleRight extends TenantScopedEntity {

    @Column(name = "role_key", nullable = false, updatable = false)
    private String roleKey;

    @Column(name = "right_key", nullable = false, updatable = false)
    private String right;

    protected RoleRight() {
    }

    RoleRight(String roleKey, String right) {
        this.roleKey = roleKey;
        this.right = right;
    }

    String roleKey() {
        return roleKey;
    }

    String right() {
        return right;
    }
}
