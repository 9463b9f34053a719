package dev.atrium.core.module;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.PermissionSource;
import dev.atrium.plugin.module.TenantRole;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The permissions the tenant's active modules grant the user's role, asked on
 * every request. Grants are written only when a module is switched on, so a
 * tenant's grants are read again exactly when its set of active modules (from
 * the activation cache, shared across nodes) differs from the one they were
 * read with. A feature that edits grants without an activation must drop the
 * tenant's entry here.
 */
class ModulePermissions implements PermissionSource {

    private final ModuleActivationService activations;
    private final ModuleGuard guard;
    private final Map<Long, Grants> byTenant = new ConcurrentHashMap<>();

    ModulePermissions(ModuleActivationService activations, ModuleGuard guard) {
        this.activations = activations;
        this.guard = guard;
    }

    @Override
    public Set<String> permissionsOf(AtriumPrincipal user) {
        Set<String> active = guard.activeModules(user.tenantId());
        if (active.isEmpty()) {
            return Set.of();
        }
        Grants grants = byTenant.get(user.tenantId());
        if (grants == null || !grants.activeModules().equals(active)) {
            grants = new Grants(active, activations.permissionsByRole());
            byTenant.put(user.tenantId(), grants);
        }
        return grants.byRole().getOrDefault(TenantRole.valueOf(user.role().name()), Set.of());
    }

    private record Grants(Set<String> activeModules, Map<TenantRole, Set<String>> byRole) {
    }
}
