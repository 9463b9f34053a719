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
        if (!exists && !mayCreate) {
            throw new IllegalStateException("The application role '" + appRole + "' does not exist; create it "
                    + "(login, nosuperuser, nobypassrls) or let the owner role create roles");
        }
    }

    /**
     * Refuses a pool whose connections could see past row-level security: what
     * counts is the role a real connection has, not the one we meant to name (a
     * {@code user} parameter in the URL wins over the pool's user name).
     */
    static void requireIsolatedConnection(DataSource applicationDataSource, String appRole) {
        JdbcTemplate jdbc = new JdbcTemplate(applicationDataSource);
        ConnectionRole role = jdbc.queryForObject("""
                select current_user as name, r.rolsuper or r.rolbypassrls as bypasses,
                       exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                where c.relowner = r.oid and n.nspname not in ('pg_catalog', 'information_schema')
                                  and n.nspname not like 'pg_toast%') as owns
                  from pg_roles r where r.rolname = current_user
                """, (rs, row) -> new ConnectionRole(rs.getString("name"), rs.getBoolean("bypasses"),
                        rs.getBoolean("owns")));
        if (role.bypasses()) {
            throw new IllegalStateException("The application pool connects as '" + role.name()
                    + "', a superuser or a role that bypasses row-level security; tenants would not be isolated"
                    + (role.name().equals(appRole) ? "" : " (does the database URL name a user?)"));
        }
        if (role.owns()) {
            throw new IllegalStateException("The application pool connects as '" + role.name()
                    + "', which owns tables and could turn row-level security off; connect as a role that owns nothing");
        }
        if (!role.name().equals(appRole)) {
            throw new IllegalStateException("The application pool connects as '" + role.name() + "', not as the "
                    + "application role '" + appRole + "' (does the database URL name a user?)");
        }
        log.info("The application pool connects as '{}': owns nothing, cannot bypass row-level security", role.name());
    }

    private record ConnectionRole(String name, boolean bypasses, boolean owns) {
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
