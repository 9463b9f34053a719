package dev.atrium.core.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.atrium.core.test.OrdinaryOwnerDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V7 writes the trigrams of every party already there, on a database of its own migrated by an owner that is
 * no superuser, as in production: the forced policy binds the owner too, so it must go tenant by tenant.
 */
class ThirdPartySearchTrigramsMigrationTest {

    @RegisterExtension
    final OrdinaryOwnerDatabase database = new OrdinaryOwnerDatabase("v7_probe");

    @Test
    void eachTenantsExistingPartiesGetTheirTrigrams() {
        database.migrateCore("6");
        long acme = tenantWithParty("acme", 1, "Clinique Saint-Jean");
        long globex = tenantWithParty("globex", 2, "Bakery Dupont");

        database.migrateCore(null);

        String cli = "select count(*) from third_party_search_trigram where trigram = 'cli'";
        assertThat(count(acme, cli)).as("Acme's party holds 'cli'").isEqualTo(1);
        assertThat(count(globex, cli)).as("Globex's party does not").isZero();
        assertThat(count(globex, "select count(*) from third_party_search_trigram where trigram = 'dup'"))
                .as("Globex's party holds 'dup'").isEqualTo(1);
        assertThat(new JdbcTemplate(database.owner()).queryForObject(
                "select count(*) from third_party_search_trigram", Long.class))
                .as("trigrams visible with no tenant bound").isZero();
    }

    /** A tenant holding one party, written before V7 as the code of the time wrote it. */
    private long tenantWithParty(String slug, long id, String name) {
        long tenant = database.tenant(slug);
        database.asTenant(tenant, jdbc -> jdbc.update("""
                insert into third_party (tenant_id, id, code, name, kind, sales_relation, supplier, status,
                                         payment_terms, currency, created_at, updated_at)
                values (?, ?, ?, ?, 'COMPANY', 'CUSTOMER', false, 'ACTIVE', 'NET_30', 'EUR', now(), now())
                """, tenant, id, "C" + id, name));
        return tenant;
    }

    private long count(long tenant, String sql) {
        return database.asTenant(tenant, jdbc -> jdbc.queryForObject(sql, Long.class));
    }
}
