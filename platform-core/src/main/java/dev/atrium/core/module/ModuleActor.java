package dev.atrium.core.module;

import dev.atrium.core.principal.AtriumPrincipal;

/**
 * Who changes a tenant's modules, as the audit records it.
 *
 * @param userId     the tenant user, or null for the operator console or a job
 * @param email      kept on the audit row even if the user is deleted later
 * @param name       the user's name at the time, which the change log shows
 * @param tenantSlug the tenant's slug, handed to the module's per-tenant setup
 */
record ModuleActor(Long userId, String email, String name, String tenantSlug) {

    static ModuleActor of(AtriumPrincipal user) {
        return new ModuleActor(user.userId(), user.email(), user.displayName(), user.tenantSlug());
    }
}
