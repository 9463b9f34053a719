package dev.atrium.core.tenancy;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.hibernate.Session;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.TransactionDefinition;

/**
 * Gives every JPA transaction its tenant in the database session.
 *
 * <p>The setting is transaction-local ({@code set_config(..., true)}): it ends at
 * commit or rollback, so a pooled connection handed to the next request carries
 * nothing over. It cannot be made when the connection is borrowed, because the
 * connection is still in autocommit then and the setting would vanish at once.
 */
class TenantAwareJpaDialect extends HibernateJpaDialect {

    @Override
    public Object beginTransaction(EntityManager entityManager, TransactionDefinition definition)
            throws SQLException {
        Object transactionData = super.beginTransaction(entityManager, definition);
        String tenant = TenantContext.current().map(String::valueOf).orElse("");
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(TenantSessions.SET_TENANT)) {
                statement.setString(1, tenant);
                statement.execute();
            }
        });
        return transactionData;
    }
}
