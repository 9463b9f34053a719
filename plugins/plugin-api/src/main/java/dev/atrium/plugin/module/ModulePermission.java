package dev.atrium.plugin.module;

import java.util.Set;

/**
 * A permission a module adds, with the roles that receive it when a tenant
 * activates the module.
 *
 * <pre>{@code
 * new ModulePermission("contracts:write", "Create and change contracts", Set.of(TenantRole.OWNER, TenantRole.ADMIN))
 * }</pre>
 *
 * @param name         {@code <module key>:<action>}, lower case
 * @param description  shown to tenant admins
 * @param defaultRoles roles granted the permission on activation
 */
public record ModulePermission(String name, String description, Set<TenantRole> defaultRoles) {

    public ModulePermission {
        if (name == null || !name.matches("[a-z][a-z0-9-]*:[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("A permission is '<module>:<action>' in lower case: " + name);
        }
        description = description == null ? "" : description;
        defaultRoles = Set.copyOf(defaultRoles);
    }
}
