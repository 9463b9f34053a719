package dev.atrium.core.principal;

import java.util.Set;

/**
 * The three roles every tenant starts with, and the core rights each holds until the tenant changes them on
 * Setup → Roles. A tenant may add roles of its own; a user's role is named by its key, which for these is
 * their name ({@code OWNER}, {@code ADMIN}, {@code MEMBER}).
 */
public enum Role {
    OWNER(CorePermissions.all()),
    ADMIN(CorePermissions.all()),
    MEMBER(CorePermissions.MEMBER);

    private final Set<String> defaultRights;

    Role(Set<String> defaultRights) {
        this.defaultRights = Set.copyOf(defaultRights);
    }

    public Set<String> corePermissions() {
        return defaultRights;
    }

    public String key() {
        return name();
    }
}
