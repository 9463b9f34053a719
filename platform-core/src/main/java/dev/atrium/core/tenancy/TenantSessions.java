package dev.atrium.core.tenancy;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For code that reaches tenant tables through JDBC instead of JPA (jobs, bulk
 * reads): call {@link #bind(JdbcTemplate, long)} inside the transaction, as
 * the JPA dialect does for entity work.
 */
public final class TenantSessions {

    static final String SET_TENANT = "select set_config('atrium.tenant_id', ?, true)";

    private TenantSessions() {
    }

    public static void bind(JdbcTemplate jdbc, long tenantId) {
        jdbc.queryForObject(SET_TENANT, String.class, String.valueOf(tenantId));
    }
}
