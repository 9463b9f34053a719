package dev.atrium.app;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What this node does, from {@code ATRIUM_ROLES} (comma-separated; all three by
 * default, as the quick start wants): {@code web} serves tenants' pages and API,
 * {@code admin} the operator console, {@code worker} runs batch jobs, and
 * {@code migrate} applies migrations and exits (the chart's pre-upgrade job).
 */
enum NodeRole {
    WEB, ADMIN, WORKER, MIGRATE;

    static Set<NodeRole> parse(String roles) {
        if (roles == null || roles.isBlank()) {
            return EnumSet.of(WEB, ADMIN, WORKER);
        }
        try {
            return Arrays.stream(roles.split(","))
                    .map(String::trim)
                    .filter(role -> !role.isEmpty())
                    .map(role -> NodeRole.valueOf(role.toUpperCase(Locale.ROOT)))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(NodeRole.class)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ATRIUM_ROLES must list web, admin, worker or migrate; got '"
                    + roles + "'", e);
        }
    }
}
