package dev.atrium.core.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.OrdinaryOwnerDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * V18 folds the fields of every party already there and cuts their trigrams anew from the folded text, tenant by
 * tenant, on a database migrated by an owner that is no superuser, as in production.
 */
class ThirdPartySearchTextMigrationTest {

    @RegisterExtension
    final OrdinaryOwnerDatabase database = new OrdinaryOwnerDatabase("v18_probe");

    @Test
    void eachTenantsExistingPartiesAreFoldedAndGetTheTrigramsOfTheFoldedText() {
        database.migrateCore("17");
        long acme = tenantWithParty("acme", 1, "Café Saint-Roch");
        long globex = tenantWithParty("globex", 2, "Bakery Dupont");

        database.migrateCore(null);

        String searchText = database.asTenant(acme, jdbc -> jdbc.queryForObject(
                "select search_text from third_party where id = 1", String.class));
        assertThat(searchText)
                .as("Acme's party, folded field by field").isEqualTo("cafe saint roch|c1||");
        String folded = "select count(*) from third_party_search_trigram where trigram in ('caf', 't r')";
        assertThat(count(acme, folded)).as("the folded trigrams of Acme's party").isEqualTo(2);
        assertThat(count(acme, "select count(*) from third_party_search_trigram where trigram in ('afé', 't-r')"))
                .as("the trigrams of the unfolded name, gone").isZero();
        assertThat(count(globex, folded)).as("Globex's party holds neither").isZero();
    }

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
