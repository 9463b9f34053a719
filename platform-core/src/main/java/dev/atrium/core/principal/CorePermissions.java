package dev.atrium.core.principal;

import java.util.Set;

/** Permissions of the core features; a module's come from its descriptor. */
public final class CorePermissions {

    public static final String THIRD_PARTY_READ = "thirdparty:read";
    public static final String THIRD_PARTY_WRITE = "thirdparty:write";
    public static final String SETUP_MODULES = "setup:modules";
    public static final String SETUP_USERS = "setup:users";
    public static final String SETUP_NUMBERING = "setup:numbering";
    public static final String SETUP_COMPANY = "setup:company";
    public static final String SETUP_TAGS = "setup:tags";

    static final Set<String> ALL = Set.of(THIRD_PARTY_READ, THIRD_PARTY_WRITE, SETUP_MODULES, SETUP_USERS,
            SETUP_NUMBERING, SETUP_COMPANY, SETUP_TAGS);

    private CorePermissions() {
    }
}
