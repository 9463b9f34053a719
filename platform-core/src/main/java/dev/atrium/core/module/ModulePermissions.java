package dev.atrium.core.module;

import dev.atrium.core.identity.AtriumPrincipal;
import dev.atrium.core.identity.PermissionSource;
import dev.atrium.plugin.module.TenantRole;
import java.util.Set;

/** The permissions the tenant's active modules grant the user's role. */
class ModulePermissions implements PermissionSource {

    private final ModuleActivations activations;

    ModulePermissions(ModuleActivations activations) {
        this.activations = activations;
    }

    @Override
    public Set<String> permissionsOf(AtriumPrincipal user) {
        return activations.permissionsOf(TenantRole.valueOf(user.role().name()));
    }
}
