package dev.atrium.core.role;

/** A role a user may be given, as the Users page offers it. */
public record RoleOption(String key, String name) {
}
