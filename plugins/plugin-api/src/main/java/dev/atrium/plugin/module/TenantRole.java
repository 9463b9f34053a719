package dev.atrium.plugin.module;

/**
 * The roles a tenant's users have, as a module sees them: a
 * {@link ModulePermission} names the roles that get it when a tenant activates
 * the module. Tenant admins may change the grants later.
 */
public enum TenantRole {
    OWNER,
    ADMIN,
    MEMBER
}
