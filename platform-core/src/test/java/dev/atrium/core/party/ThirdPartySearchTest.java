package dev.atrium.core.party;

import static dev.atrium.core.party.ThirdPartyClient.API;
import static dev.atrium.core.party.ThirdPartyClient.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.tenancy.TenantJdbc;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search over name, code, email and tax id, which under row-level security finds its candidates through
 * the trigram table: same answers as a plain {@code lower(x) like}, and never past the tenant wall.
 */
@PlatformTest
class ThirdPartySearchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantJdbc jdbc;

    TestTenant acme;
    TestTenant globex;
    ThirdPartyClient acmeApi;
    ThirdPartyClient globexApi;

    @BeforeEach
    void twoTenantsWithLookalikes() throws Exception {
        acme = tenants.create("Acme");
        globex = tenants.create("Globex");
        acmeApi = new ThirdPartyClient(mvc, acme);
        globexApi = new ThirdPartyClient(mvc, globex);
        acmeApi.create(party("Clinique Saint-Jean", "\"code\":\"CSJ-1\",\"email\":\"desk@csj.example\""));
        acmeApi.create(party("Polyclinic Nord", "\"taxId\":\"FR55123456789\""));
        acmeApi.create(party("Bakery Dupont", "\"email\":\"orders@clinton.example\""));
        globexApi.create(party("Clinic Globex", "\"code\":\"CLIN-9\""));
    }

    @Test
    void aTermIsFoundInNameCodeEmailAndTaxIdWhateverItsCase() throws Exception {
        acmeApi.get(API + "?q=CLIN").andExpect(jsonPath("$.items[*].name",
                contains("Bakery Dupont", "Clinique Saint-Jean", "Polyclinic Nord")));
        acmeApi.get(API + "?q=csj-1").andExpect(jsonPath("$.items[*].name", contains("Clinique Saint-Jean")));
        acmeApi.get(API + "?q=desk@csj").andExpect(jsonPath("$.items[*].name", contains("Clinique Saint-Jean")));
        acmeApi.get(API + "?q=fr5512").andExpect(jsonPath("$.items[*].name", contains("Polyclinic Nord")));
        acmeApi.get(API + "?q=ic%20n").andExpect(jsonPath("$.items[*].name", contains("Polyclinic Nord")));
        acmeApi.get(API + "?q=nique%20saint").andExpect(jsonPath("$.items[*].name", contains("Clinique Saint-Jean")));
        acmeApi.get(API + "?q=lyc").andExpect(jsonPath("$.items[*].name", contains("Polyclinic Nord")));
        acmeApi.get(API + "?q=ol").andExpect(jsonPath("$.items[*].name", contains("Polyclinic Nord")));
        acmeApi.get(API + "?q=clinx").andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void everyTrigramMustBeThereNotJustSome() throws Exception {
        // "nor" and "ord" are in "Polyclinic Nord" and "orders@...", "nord" only in the first.
        acmeApi.get(API + "?q=nord").andExpect(jsonPath("$.items[*].name", contains("Polyclinic Nord")));
        acmeApi.get(API + "?q=dupontx").andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void percentAndUnderscoreAreLiteralInLongTermsToo() throws Exception {
        acmeApi.create(party("Half 50%_off Deals", ""));
        acmeApi.create(party("Half 50x off Deals", ""));
        acmeApi.get(API + "?q=50%25_").andExpect(jsonPath("$.items[*].name", contains("Half 50%_off Deals")));
        acmeApi.get(API + "?q=50_").andExpect(jsonPath("$.items", hasSize(0)));
        acmeApi.get(API + "?q=5%25x").andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void aRenamedPartyIsFoundByItsNewNameAloneAfterTheChange() throws Exception {
        long id = acmeApi.create(party("Old Name Ltd", ""));
        acmeApi.put(API + "/" + id, party("Fresh Label Ltd", "\"version\":" + acmeApi.version(id)))
                .andExpect(status().isOk());
        acmeApi.get(API + "?q=old%20name").andExpect(jsonPath("$.items", hasSize(0)));
        acmeApi.get(API + "?q=fresh%20lab").andExpect(jsonPath("$.items[*].name", contains("Fresh Label Ltd")));
    }

    @Test
    void aSearchNeverAnswersAnotherTenantsMatches() throws Exception {
        globexApi.get(API + "?q=clin").andExpect(jsonPath("$.items[*].name", contains("Clinic Globex")));
        globexApi.get(API + "?q=saint-jean").andExpect(jsonPath("$.items", hasSize(0)));
        acmeApi.get(API + "?q=globex").andExpect(jsonPath("$.items", hasSize(0)));
        acmeApi.get(API + "?q=clin").andExpect(jsonPath("$.items[*].name",
                containsInAnyOrder("Bakery Dupont", "Clinique Saint-Jean", "Polyclinic Nord")));
    }

    @Test
    void theTrigramTableShowsEachTenantItsOwnRowsAndNoTenantNothing() {
        String parties = "select count(distinct third_party_id) from third_party_search_trigram where trigram = 'cli'";
        assertThat(count(acme, parties))
                .as("Acme's parties holding 'cli'").isEqualTo(3);
        assertThat(count(globex, parties))
                .as("Globex's parties holding 'cli'").isEqualTo(1);
        assertThat(jdbc.platform().queryForObject("select count(*) from third_party_search_trigram", Long.class))
                .as("trigram rows seen with no tenant bound").isZero();
        assertThat(jdbc.platform().queryForObject("""
                select count(*) from third_party
                 where id in (select third_party_id from third_party_search_trigram where trigram = 'cli')
                """, Long.class)).as("a search's parties with no tenant bound").isZero();
    }

    private long count(TestTenant tenant, String sql) {
        Long count = jdbc.callAs(tenant.id(), bound -> bound.queryForObject(sql, Long.class));
        return count == null ? 0 : count;
    }
}
