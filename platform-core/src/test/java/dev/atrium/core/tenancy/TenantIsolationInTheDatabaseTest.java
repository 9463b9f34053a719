package dev.atrium.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.SchemaIsolationChecks;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import jakarta.persistence.EntityManager;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database's own wall between tenants: it must hold for every tenant table,
 * including the ones features add later, whatever the application forgets.
 */
@PlatformTest
class TenantIsolationInTheDatabaseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @Autowired
    PlatformTransactionManager jpaTransactions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TestTenants tenants;

    @Test
    void everyTenantTableForcesRowLevelSecurityOnTheTenantSetting() {
        new SchemaIsolationChecks(ownerDataSource).assertEveryTenantTableForcesRowLevelSecurityOnTheTenantSetting();
    }

    @Test
    void everyTenantTableIsKeyedAndReferencedByTenant() {
        new SchemaIsolationChecks(ownerDataSource).assertEveryTenantTableIsKeyedAndReferencedByTenant();
    }

    @Test
    void theApplicationRoleHoldsWhatEveryTableNeeds() {
        new SchemaIsolationChecks(ownerDataSource).assertTheApplicationRoleHoldsWhatEveryTableNeeds(
                new JdbcTemplate(dataSource).queryForObject("select current_user", String.class));
    }

    @Test
    void aQueryThatForgetsItsTenantReadsNoRowOfAnyTenantTable() throws Exception {
        TestTenant acme = tenants.create("Acme");
        TestTenant globex = tenants.create("Globex");
        for (TestTenant tenant : List.of(acme, globex)) {
            mvc.perform(post("/api/v1/third-parties").header("Authorization", tenant.bearer())
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"kind": "COMPANY", "name": "Rows of %s", "salesRelation": "CUSTOMER",
                                     "contacts": [{"name": "Ann Example"}],
                                     "addresses": [{"kind": "BILLING", "line1": "1 Main St", "city": "Lyon",
                                                    "country": "FR"}]}
                                    """.formatted(tenant.slug())))
                    .andExpect(status().isCreated());
        }
        JdbcTemplate owner = new JdbcTemplate(ownerDataSource);
        JdbcTemplate app = new JdbcTemplate(dataSource);
        TransactionTemplate appTransactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        List<String> populated = new SchemaIsolationChecks(ownerDataSource).tenantTables().stream()
                .filter(table -> owner.queryForObject("select count(*) from " + table
                        + " where tenant_id in (?, ?)", Long.class, acme.id(), globex.id()) > 0)
                .toList();
        assertThat(populated).as("tenant tables holding rows of both tenants")
                .contains("third_party", "third_party_contact", "third_party_address", "third_party_search_trigram",
                        "app_user", "api_token");
        for (String table : populated) {
            assertThat(app.queryForObject("select count(*) from " + table, Long.class))
                    .as("rows of %s visible to the application role with no tenant set", table).isZero();
            Long foreign = appTransactions.execute(status -> {
                TenantSessions.bind(app, acme.id());
                return app.queryForObject("select count(*) from " + table + " where tenant_id <> ?", Long.class,
                        acme.id());
            });
            assertThat(foreign).as("rows of other tenants in %s visible to Acme", table).isZero();
        }
    }

    @Test
    void theApplicationRoleCannotBypassRowLevelSecurityNorOwnTables() {
        JdbcTemplate app = new JdbcTemplate(dataSource);
        assertThat(app.queryForObject("select rolsuper or rolbypassrls from pg_roles where rolname = current_user",
                Boolean.class)).as("application role is superuser or bypasses RLS").isFalse();
        assertThat(app.queryForObject("select count(*) from pg_tables where tableowner = current_user", Long.class))
                .as("tables owned by the application role").isZero();
    }

    @Test
    void aPooledConnectionNeverCarriesOneTenantIntoTheNextTransaction() {
        TestTenant acme = tenants.create("Acme");
        TestTenant globex = tenants.create("Globex");
        TransactionTemplate jpa = new TransactionTemplate(jpaTransactions);
        for (int round = 0; round < 20; round++) {
            for (TestTenant tenant : List.of(acme, globex)) {
                String seen = TenantContext.callAs(tenant.id(), () -> jpa.execute(status -> setting()));
                assertThat(seen).as("tenant setting inside %s's transaction", tenant.slug())
                        .isEqualTo(String.valueOf(tenant.id()));
            }
            String withoutTenant = jpa.execute(status -> setting());
            assertThat(withoutTenant)
                    .as("tenant setting in a transaction started with no tenant bound").isEmpty();
        }
    }

    @Test
    void aConnectionReturnedToThePoolHasNoTenantLeft() {
        TestTenant acme = tenants.create("Acme");
        // A pool of one connection: the next transaction surely gets the same connection back.
        try (var single = new com.zaxxer.hikari.HikariDataSource()) {
            var pooled = (com.zaxxer.hikari.HikariDataSource) dataSource;
            single.setJdbcUrl(pooled.getJdbcUrl());
            single.setUsername(pooled.getUsername());
            single.setPassword(pooled.getPassword());
            single.setMaximumPoolSize(1);
            JdbcTemplate jdbc = new JdbcTemplate(single);
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(single));
            String backendPid = transactions.execute(status -> {
                TenantSessions.bind(jdbc, acme.id());
                return jdbc.queryForObject("select pg_backend_pid()::text", String.class);
            });
            String afterwards = transactions.execute(status -> jdbc.queryForObject(
                    "select pg_backend_pid()::text || ':' || coalesce(current_setting('atrium.tenant_id', true), '')",
                    String.class));
            assertThat(afterwards).as("same connection, and its tenant setting after the transaction ended")
                    .isEqualTo(backendPid + ":");
        }
    }

    private String setting() {
        return (String) entityManager.createNativeQuery(
                "select coalesce(current_setting('atrium.tenant_id', true), '')").getSingleResult();
    }
}
