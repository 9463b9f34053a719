package dev.atrium.core.principal;

import java.util.Set;

/** What a user may do in their tenant. Modules add their own permissions on activation. */
public enum Role {
    OWNER(CorePermissions.ALL),
    ADMIN(CorePermissions.ALL),
    MEMBER(Set.of(CorePermissions.THIRD_PARTY_READ, CorePermissions.THIRD_PARTY_WRITE));

    private final Set<String> corePermissions;

    Role(Set<String> corePermissions) {
        this.corePermissions = corePermissions;
    }

    public Set<String> corePermissions() {
        return corePermissions;
    }
}
