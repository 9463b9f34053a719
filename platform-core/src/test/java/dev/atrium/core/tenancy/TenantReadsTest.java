package dev.atrium.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.plugin.list.TenantReads;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The host's plain reads for lists: each one a read-only transaction of its own with the tenant bound as every
 * transaction binds it, or, inside a transaction already under way, a read on that transaction's connection.
 */
@PlatformTest
class TenantReadsTest {

    @Autowired
    TenantReads reads;

    @Autowired
    TestTenants tenants;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entityManager;

    @Test
    void aReadIsReadOnlyAndSeesTheBoundTenantAlone() {
        TestTenant acme = tenants.create("Acme");
        tenants.create("Globex");
        TenantContext.runAs(acme.id(), () -> reads.read((connection, tenantId) -> {
            assertThat(tenantId).as("the tenant handed to the read").isEqualTo(acme.id());
            assertThat(text(connection.createStatement(), "select current_setting('atrium.tenant_id')"))
                    .as("row-level security's setting in the read's transaction").isEqualTo(Long.toString(acme.id()));
            assertThat(text(connection.createStatement(), "show transaction_read_only"))
                    .as("a read writes nothing").isEqualTo("on");
            assertThat(text(connection.createStatement(), "select count(distinct tenant_id) from app_user"))
                    .as("the users the read sees, of one tenant only").isEqualTo("1");
            return null;
        }));
    }

    @Test
    void withoutATenantNothingIsRead() {
        assertThatThrownBy(() -> reads.read((connection, tenantId) -> "read"))
                .as("a read with no tenant bound").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void insideATransactionUnderWayTheReadIsOnItsConnectionAndSeesWhatItWroteSoFar() {
        TestTenant acme = tenants.create("Acme");
        long owner = acme.owner().userId();
        String seen = TenantContext.callAs(acme.id(), () -> transactions.execute(status -> {
            entityManager.createNativeQuery("update app_user set display_name = 'Not yet committed' where id = ?")
                    .setParameter(1, owner).executeUpdate();
            status.setRollbackOnly();
            return reads.read((connection, tenantId) -> {
                try (var statement = connection.prepareStatement("select display_name from app_user where id = ?")) {
                    statement.setLong(1, owner);
                    try (ResultSet results = statement.executeQuery()) {
                        results.next();
                        return results.getString(1);
                    }
                }
            });
        }));
        assertThat(seen).as("the caller's change, not committed yet").isEqualTo("Not yet committed");
    }

    @Test
    void aFailedReadIsTranslatedAndEndsItsTransaction() {
        TestTenant acme = tenants.create("Acme");
        TenantContext.runAs(acme.id(), () -> {
            assertThatThrownBy(() -> reads.read((connection, tenantId) ->
                    text(connection.createStatement(), "select no_such_column from app_user")))
                    .as("a bad statement, as the host's JDBC calls report it").isInstanceOf(DataAccessException.class);
            String next = reads.read((connection, tenantId) -> text(connection.createStatement(), "select 'next'"));
            assertThat(next).as("the read after it, in a transaction of its own").isEqualTo("next");
        });
    }

    private static String text(Statement statement, String sql) throws SQLException {
        try (statement; ResultSet results = statement.executeQuery(sql)) {
            results.next();
            return results.getString(1);
        }
    }
}
