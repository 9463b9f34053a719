package dev.atrium.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
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
        List<Map<String, Object>> tables = new JdbcTemplate(ownerDataSource).queryForList("""
                select c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
                       (select count(*) from pg_policy p where p.polrelid = c.oid
                          and pg_get_expr(p.polqual, p.polrelid) like '%atrium.tenant_id%'
                          and pg_get_expr(p.polwithcheck, p.polrelid) like '%atrium.tenant_id%') as policies
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'r'
                   and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
                """);
        assertThat(tables).extracting(table -> table.get("name")).as("tenant tables in the schema")
                .contains("third_party", "app_user", "api_token");
        for (Map<String, Object> table : tables) {
            assertThat(table.get("enabled")).as("row-level security enabled on %s", table.get("name")).isEqualTo(true);
            assertThat(table.get("forced")).as("row-level security forced on %s", table.get("name")).isEqualTo(true);
            assertThat((Long) table.get("policies")).as("tenant policy (using + with check) on %s", table.get("name"))
                    .isPositive();
        }
    }

    @Test
    void everyTenantTableIsKeyedAndReferencedByTenant() {
        JdbcTemplate owner = new JdbcTemplate(ownerDataSource);
        List<String> primaryKeysWithoutTenant = owner.queryForList("""
                select c.conrelid::regclass::text from pg_constraint c
                 where c.contype = 'p' and c.connamespace = 'public'::regnamespace
                   and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'tenant_id')
                   and not exists (select 1 from unnest(c.conkey) k join pg_attribute a
                                    on a.attrelid = c.conrelid and a.attnum = k where a.attname = 'tenant_id')
                """, String.class);
        assertThat(primaryKeysWithoutTenant).as("tenant tables whose primary key lacks tenant_id").isEmpty();

        List<String> foreignKeysWithoutTenant = owner.queryForList("""
                select c.conname from pg_constraint c
                 where c.contype = 'f' and c.connamespace = 'public'::regnamespace
                   and exists (select 1 from pg_attribute a where a.attrelid = c.confrelid and a.attname = 'tenant_id')
                   and c.confrelid <> 'tenant'::regclass
                   and not exists (select 1 from unnest(c.conkey) k join pg_attribute a
                                    on a.attrelid = c.conrelid and a.attnum = k where a.attname = 'tenant_id')
                """, String.class);
        assertThat(foreignKeysWithoutTenant).as("references between tenant tables that do not include tenant_id")
                .isEmpty();
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
        List<String> populated = tenantTables().stream()
                .filter(table -> owner.queryForObject("select count(*) from " + table
                        + " where tenant_id in (?, ?)", Long.class, acme.id(), globex.id()) > 0)
                .toList();
        assertThat(populated).as("tenant tables holding rows of both tenants")
                .contains("third_party", "third_party_contact", "third_party_address", "app_user", "api_token");
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

    /** Every table with a tenant_id column, whatever its row-level security says. */
    private List<String> tenantTables() {
        return new JdbcTemplate(ownerDataSource).queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'r'
                   and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
                """, String.class);
    }

    private String setting() {
        return (String) entityManager.createNativeQuery(
                "select coalesce(current_setting('atrium.tenant_id', true), '')").getSingleResult();
    }
}
