package dev.atrium.core.database;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema of the core and of every module ({@link SchemaMigration}), before
 * the persistence unit starts. A node holding the owner's credentials runs the
 * migrations in {@link MigrationOrder} (core first, modules after what they
 * require). What the application role may do on a table is granted by the
 * migration that creates it, through the {@value #APPLICATION_ROLE} placeholder
 * (the quoted role name), so a later migration that revokes a privilege is not
 * undone at the next boot. Any other node only checks, as the application role,
 * that nothing is pending, and refuses to start when the schema is behind.
 */
public final class SchemaMigrations {

    /** Flyway placeholder every migration grants the application role through: {@code ${application_role}}. */
    public static final String APPLICATION_ROLE = "application_role";

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private SchemaMigrations() {
    }

    static SchemaMigrations migrate(DataSource ownerDataSource, String appRole, List<SchemaMigration> migrations) {
        MigrationOrder.of(migrations).forEach(migration -> {
            var result = flyway(migration, ownerDataSource, appRole).migrate();
            log.info("Schema '{}' is at version {} ({} migrations applied now)",
                    migration.name(), result.targetSchemaVersion, result.migrationsExecuted);
        });
        return new SchemaMigrations();
    }

    static SchemaMigrations requireCurrent(DataSource applicationDataSource, String appRole,
            List<SchemaMigration> migrations) {
        List<String> behind = MigrationOrder.of(migrations).stream()
                .map(migration -> {
                    MigrationInfo[] pending = flyway(migration, applicationDataSource, appRole).info().pending();
                    return pending.length == 0 ? null : migration.name() + " (" + pending.length + " pending, from "
                            + pending[0].getVersion() + ")";
                })
                .filter(java.util.Objects::nonNull)
                .toList();
        if (!behind.isEmpty()) {
            throw new IllegalStateException("The database schema is behind this release: "
                    + String.join(", ", behind) + ". This node holds no owner credentials and does not migrate: run "
                    + "the migration (ATRIUM_ROLES=migrate with ATRIUM_DB_OWNER_USER / _PASSWORD) first.");
        }
        log.info("Schema is current for {}", MigrationOrder.of(migrations).stream().map(SchemaMigration::name)
                .collect(Collectors.joining(", ")));
        return new SchemaMigrations();
    }

    private static Flyway flyway(SchemaMigration migration, DataSource dataSource, String appRole) {
        return Flyway.configure(migration.classLoader())
                .dataSource(dataSource)
                .placeholders(Map.of(APPLICATION_ROLE, DatabaseRoles.quote(appRole)))
                .locations(migration.locations().toArray(String[]::new))
                .table(migration.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
