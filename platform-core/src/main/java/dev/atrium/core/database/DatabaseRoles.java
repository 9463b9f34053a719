package dev.atrium.core.database;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes sure the application role exists where the owner may create it (the
 * embedded database, a test server). In production the operator creates it,
 * and this only checks that it cannot bypass row-level security.
 */
final class DatabaseRoles {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

    private DatabaseRoles() {
    }

    static void ensureApplicationRole(DataSource ownerDataSource, String appRole, String appPassword) {
        JdbcTemplate jdbc = new JdbcTemplate(ownerDataSource);
        boolean exists = Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from pg_roles where rolname = ?)", Boolean.class, appRole));
        boolean mayCreate = Boolean.TRUE.equals(jdbc.queryForObject(
                "select rolsuper or rolcreaterole from pg_roles where rolname = current_user", Boolean.class));
        if (!exists && mayCreate) {
            try {
                jdbc.execute("create role " + quote(appRole) + " login password " + literal(appPassword)
                        + " nosuperuser nobypassrls nocreatedb nocreaterole");
                log.info("Created the application role {}", appRole);
            } catch (DataAccessException raced) {
                log.debug("Role {} was created concurrently", appRole, raced);
            }
        }
        Boolean bypasses = jdbc.query("select rolsuper or rolbypassrls from pg_roles where rolname = ?",
                rs -> rs.next() ? rs.getBoolean(1) : null, appRole);
        if (bypasses == null) {
            throw new IllegalStateException("The application role '" + appRole + "' does not exist; create it "
                    + "(login, nosuperuser, nobypassrls) or let the owner role create roles");
        }
        if (bypasses) {
            throw new IllegalStateException("The application role '" + appRole
                    + "' is a superuser or bypasses row-level security; tenants would not be isolated");
        }
        // Tables the owner creates later are granted by SchemaMigrations after each run.
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
