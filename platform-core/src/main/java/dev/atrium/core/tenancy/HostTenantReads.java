package dev.atrium.core.tenancy;

import dev.atrium.plugin.list.TenantReads;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plugin API's {@link TenantReads}: a read-only transaction of Spring's JDBC transaction manager on the
 * application's pool, the tenant bound in it by {@link TenantSessions} as the JPA dialect binds it for entity work,
 * SQL errors translated as every JDBC call of the host translates them. Inside a transaction already under way (a
 * JPA one included), the read runs on that transaction's connection, whose tenant was bound when it began.
 */
final class HostTenantReads implements TenantReads {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    HostTenantReads(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.readOnly.setReadOnly(true);
    }

    @Override
    public <T> T read(Read<T> read) {
        long tenantId = TenantContext.require();
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // A transaction of our own on that connection would commit the caller's work with it.
            return jdbc.execute((ConnectionCallback<T>) connection -> read.read(connection, tenantId));
        }
        return readOnly.execute(status -> {
            TenantSessions.bind(jdbc, tenantId);
            return jdbc.execute((ConnectionCallback<T>) connection -> read.read(connection, tenantId));
        });
    }
}
