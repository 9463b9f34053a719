package dev.atrium.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.TestDatabase;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V7 writes the trigrams of every party already there, on a database of its own migrated by an owner that is
 * no superuser, as in production: the forced policy binds the owner too, so it must go tenant by tenant.
 */
class ThirdPartySearchTrigramsMigrationTest {

    final String name = "v7_probe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final TestDatabase server = TestDatabase.get();
    JdbcTemplate admin;
    DriverManagerDataSource owner;

    @BeforeEach
    void databaseOwnedByAnOrdinaryRole() {
        admin = new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), server.user(), server.password()));
        admin.execute("create role " + name + " login password '" + name + "'");
        admin.execute("create database " + name + " owner " + name);
        String url = server.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        owner = new DriverManagerDataSource(url, name, name);
    }

    @AfterEach
    void dropIt() {
        admin.execute("drop database if exists " + name + " with (force)");
        admin.execute("drop role if exists " + name);
    }

    @Test
    void eachTenantsExistingPartiesGetTheirTrigrams() {
        migrate("6");
        JdbcTemplate jdbc = new JdbcTemplate(owner);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(owner));
        long acme = tenant(jdbc, "acme");
        long globex = tenant(jdbc, "globex");
        party(transactions, jdbc, acme, 1, "Clinique Saint-Jean");
        party(transactions, jdbc, globex, 2, "Bakery Dupont");

        migrate(null);

        String cli = "select count(*) from third_party_search_trigram where trigram = 'cli'";
        assertThat(as(transactions, jdbc, acme, cli)).as("Acme's party holds 'cli'").isEqualTo(1);
        assertThat(as(transactions, jdbc, globex, cli)).as("Globex's party does not").isZero();
        assertThat(as(transactions, jdbc, globex, "select count(*) from third_party_search_trigram "
                + "where trigram = 'dup'")).as("Globex's party holds 'dup'").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from third_party_search_trigram", Long.class))
                .as("trigrams visible with no tenant bound").isZero();
    }

    private static void party(TransactionTemplate transactions, JdbcTemplate jdbc, long tenant, long id,
            String name) {
        transactions.executeWithoutResult(status -> {
            bind(jdbc, tenant);
            jdbc.update("""
                    insert into third_party (tenant_id, id, code, name, kind, sales_relation, supplier, status,
                                             payment_terms, currency, created_at, updated_at)
                    values (?, ?, ?, ?, 'COMPANY', 'CUSTOMER', false, 'ACTIVE', 'NET_30', 'EUR', now(), now())
                    """, tenant, id, "C" + id, name);
        });
    }

    private static long as(TransactionTemplate transactions, JdbcTemplate jdbc, long tenant, String sql) {
        return transactions.execute(status -> {
            bind(jdbc, tenant);
            return jdbc.queryForObject(sql, Long.class);
        });
    }

    private static void bind(JdbcTemplate jdbc, long tenant) {
        jdbc.queryForObject("select set_config('atrium.tenant_id', ?, true)", String.class, String.valueOf(tenant));
    }

    private long tenant(JdbcTemplate jdbc, String slug) {
        return jdbc.queryForObject("insert into tenant (slug, name, status, default_currency, locale, time_zone)"
                + " values (?, ?, 'ACTIVE', 'EUR', 'en-GB', 'Europe/Paris') returning id", Long.class, slug, slug);
    }

    private void migrate(String target) {
        var flyway = Flyway.configure(getClass().getClassLoader()).dataSource(owner)
                .locations("classpath:db/migration/core").table("flyway_history_core")
                .placeholders(java.util.Map.of(dev.atrium.core.database.SchemaMigrations.APPLICATION_ROLE, name));
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }
}
