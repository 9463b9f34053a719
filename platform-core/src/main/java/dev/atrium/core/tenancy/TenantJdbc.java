package dev.atrium.core.tenancy;

import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plain JDBC on tenant tables, outside any JPA transaction: each call is one
 * transaction with the tenant bound, as the JPA dialect binds it for entity
 * work. For the request's way in (token lookup, the signed-in user's state),
 * where a whole JPA transaction would cost more than the query.
 */
public final class TenantJdbc {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public TenantJdbc(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Runs {@code work} in one transaction that sees {@code tenantId}'s rows alone. */
    public <T> T callAs(long tenantId, Function<JdbcTemplate, T> work) {
        return transactions.execute(status -> {
            TenantSessions.bind(jdbc, tenantId);
            return work.apply(jdbc);
        });
    }

    /** For platform tables (tenants, operators): no tenant is bound, and tenant tables answer nothing. */
    public JdbcTemplate platform() {
        return jdbc;
    }
}
