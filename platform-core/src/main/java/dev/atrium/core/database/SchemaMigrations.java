package dev.atrium.core.database;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs every {@link SchemaMigration}, core first, then grants the application
 * role what it may do on the tables they created. Runs as the owner role.
 */
public final class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final DataSource ownerDataSource;
    private final String appRole;

    SchemaMigrations(DataSource ownerDataSource, String appRole, List<SchemaMigration> migrations) {
        this.ownerDataSource = ownerDataSource;
        this.appRole = appRole;
        migrations.stream()
                .sorted((a, b) -> a.name().equals("core") ? -1 : b.name().equals("core") ? 1 : a.name().compareTo(b.name()))
                .forEach(this::migrate);
        grantApplicationRole();
    }

    private void migrate(SchemaMigration migration) {
        var result = Flyway.configure(migration.classLoader())
                .dataSource(ownerDataSource)
                .locations(migration.locations().toArray(String[]::new))
                .table(migration.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        log.info("Schema '{}' is at version {} ({} migrations applied now)",
                migration.name(), result.targetSchemaVersion, result.migrationsExecuted);
    }

    private void grantApplicationRole() {
        JdbcTemplate jdbc = new JdbcTemplate(ownerDataSource);
        String role = DatabaseRoles.quote(appRole);
        jdbc.execute("grant usage on schema public to " + role);
        jdbc.execute("grant select, insert, update, delete on all tables in schema public to " + role);
        jdbc.execute("grant usage, select on all sequences in schema public to " + role);
        // Migration history is the owner's business alone.
        for (String table : jdbc.queryForList(
                "select tablename from pg_tables where schemaname = 'public' and tablename like 'flyway_history_%'",
                String.class)) {
            jdbc.execute("revoke all on " + DatabaseRoles.quote(table) + " from " + role);
        }
    }
}
