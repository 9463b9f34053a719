package dev.atrium.core.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.atrium.core.test.OrdinaryOwnerDatabase;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V7 writes the trigrams of every party already there, on a database of its own migrated by an owner that is
 * no superuser, as in production: the forced policy binds the owner too, so it must go tenant by tenant.
 */
class ThirdPartySearchTrigramsMigrationTest {

    @RegisterExtension
    final OrdinaryOwnerDatabase database = new OrdinaryOwnerDatabase("v7_probe");
    DataSource owner;

    @BeforeEach
    void ownersConnections() {
        owner = database.owner();
    }

    @Test
    void eachTenantsExistingPartiesGetTheirTrigrams() {
        database.migrateCore("6");
        JdbcTemplate jdbc = new JdbcTemplate(owner);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(owner));
        long acme = tenant(jdbc, "acme");
        long globex = tenant(jdbc, "globex");
        party(transactions, jdbc, acme, 1, "Clinique Saint-Jean");
        party(transactions, jdbc, globex, 2, "Bakery Dupont");

        database.migrateCore(null);

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

}
