package dev.atrium.core.database;

import java.util.List;
import java.util.Set;

/**
 * One set of Flyway migrations with its own history table: the core's, or a
 * module's (loaded through the module's class loader). Declare one as a bean
 * and it runs, as the owner role, before the persistence unit starts.
 *
 * @param name        short name; the history table is {@code flyway_history_<name>}
 * @param classLoader where the locations are read from
 * @param locations   Flyway locations, e.g. {@code classpath:db/migration/contracts}
 * @param requires    names of migrations that must run before this one (a module's
 *                    required modules); names without migrations are ignored
 */
public record SchemaMigration(String name, ClassLoader classLoader, List<String> locations, Set<String> requires) {

    public SchemaMigration {
        if (!name.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("Migration name must be a short lower-case identifier: " + name);
        }
        locations = List.copyOf(locations);
        requires = Set.copyOf(requires);
    }

    public SchemaMigration(String name, ClassLoader classLoader, List<String> locations) {
        this(name, classLoader, locations, Set.of());
    }

    String historyTable() {
        return "flyway_history_" + name;
    }
}
