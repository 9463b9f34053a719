package dev.atrium.core.database;

import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema of the core and of every module ({@link SchemaMigration}), before
 * the persistence unit starts. A node holding the owner's credentials runs the
 * migrations in {@link MigrationOrder} (core first, modules after what they
 * require), then grants the application role what it may do on
 * the tables they created. Any other node only checks, as the application role,
 * that nothing is pending, and refuses to start when the schema is behind.
 */
public final class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private SchemaMigrations() {
    }

    static SchemaMigrations migrate(DataSource ownerDataSource, String appRole, List<SchemaMigration> migrations) {
        MigrationOrder.of(migrations).forEach(migration -> {
            var result = flyway(migration, ownerDataSource).migrate();
            log.info("Schema '{}' is at version {} ({} migrations applied now)",
                    migration.name(), result.targetSchemaVersion, result.migrationsExecuted);
        });
        grantApplicationRole(ownerDataSource, appRole);
        return new SchemaMigrations();
    }

    static SchemaMigrations requireCurrent(DataSource applicationDataSource, List<SchemaMigration> migrations) {
        List<String> behind = MigrationOrder.of(migrations).stream()
                .map(migration -> {
                    MigrationInfo[] pending = flyway(migration, applicationDataSource).info().pending();
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

    private static Flyway flyway(SchemaMigration migration, DataSource dataSource) {
        return Flyway.configure(migration.classLoader())
                .dataSource(dataSource)
                .locations(migration.locations().toArray(String[]::new))
                .table(migration.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    private static void grantApplicationRole(DataSource ownerDataSource, String appRole) {
        JdbcTemplate jdbc = new JdbcTemplate(ownerDataSource);
        String role = DatabaseRoles.quote(appRole);
        jdbc.execute("grant usage on schema public to " + role);
        jdbc.execute("grant select, insert, update, delete on all tables in schema public to " + role);
        jdbc.execute("grant usage, select on all sequences in schema public to " + role);
        // Migration history is the owner's to write; the application role only reads it, to see the schema is current.
        for (String table : jdbc.queryForList(
                "select tablename from pg_tables where schemaname = 'public' and tablename like 'flyway_history_%'",
                String.class)) {
            jdbc.execute("revoke all on " + DatabaseRoles.quote(table) + " from " + role);
            jdbc.execute("grant select on " + DatabaseRoles.quote(table) + " to " + role);
        }
    }
}
