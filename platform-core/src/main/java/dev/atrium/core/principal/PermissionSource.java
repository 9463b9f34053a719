package dev.atrium.core.principal;

import java.util.Set;

/**
 * Permissions a user holds beyond their role's core ones, such as those an
 * active module grants. Asked once per request, with the user's tenant bound.
 */
public interface PermissionSource {

    Set<String> permissionsOf(AtriumPrincipal user);
}
