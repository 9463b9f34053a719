package dev.atrium.core.party;

import static dev.atrium.core.party.ThirdPartyClient.API;
import static dev.atrium.core.party.ThirdPartyClient.party;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search over name, code, email and tax id, which under row-level security finds its candidates through
 * the trigram table: same answers as a plain {@code lower(x) like}, and never past the tenant wall (the trigram
 * table's own wall is {@code TenantIsolationInTheDatabaseTest}'s, as every tenant table's).
 */
@PlatformTest
class ThirdPartySearchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    ThirdPartyClient acmeApi;
    ThirdPartyClient globexApi;

    @BeforeEach
    void twoTenantsWithLookalikes() throws Exception {
        acmeApi = new ThirdPartyClient(mvc, tenants.create("Acme"));
        globexApi = new ThirdPartyClient(mvc, tenants.create("Globex"));
        acmeApi.create(party("Clinique Saint-Jean", "\"code\":\"CSJ-1\",\"email\":\"desk@csj.example\""));
        acmeApi.create(party("Polyclinic Nord", "\"taxId\":\"FR55123456789\""));
        acmeApi.create(party("Bakery Dupont", "\"email\":\"orders@clinton.example\""));
        globexApi.create(party("Clinic Globex", "\"code\":\"CLIN-9\""));
    }

    @Test
    void aTermIsFoundInNameCodeEmailAndTaxIdWhateverItsCaseAndEveryTrigramMustBeThere() throws Exception {
        expect("CLIN", "Bakery Dupont", "Clinique Saint-Jean", "Polyclinic Nord");
        expect("csj-1", "Clinique Saint-Jean");
        expect("desk@csj", "Clinique Saint-Jean");
        expect("fr5512", "Polyclinic Nord");
        expect("ic%20n", "Polyclinic Nord");
        expect("nique%20saint", "Clinique Saint-Jean");
        expect("lyc", "Polyclinic Nord");
        expect("ol", "Polyclinic Nord");
        // "nor" and "ord" are in "Polyclinic Nord" and "orders@...", "nord" only in the first.
        expect("nord", "Polyclinic Nord");
        expect("clinx");
        expect("dupontx");
    }

    @Test
    void accentsCaseAndPunctuationAreIgnoredOnBothSides() throws Exception {
        acmeApi.create(party("Café de l'Étoile", "\"code\":\"ETOILE\""));
        acmeApi.create(party("Pharmacie Saint-Roch", "\"email\":\"contact@st-roch.example\""));
        expect("cafe", "Café de l'Étoile");
        expect("CAF%C3%89%20DE%20L%20%C3%89TOILE", "Café de l'Étoile");
        expect("de%20l'etoile", "Café de l'Étoile");
        expect("saint%20roch", "Pharmacie Saint-Roch");
        expect("saint--roch", "Pharmacie Saint-Roch");
        expect("SAINT_ROCH", "Pharmacie Saint-Roch");
        expect("st%20roch%20example", "Pharmacie Saint-Roch");
        expect("saintroch");
        // The fields are folded one by one: a term never runs from the end of one into the next.
        expect("etoile%20etoile");
    }

    @Test
    void punctuationIsIgnoredAndATermOfPunctuationOnlyIsLookedForLiterally() throws Exception {
        acmeApi.create(party("Half 50%_off Deals", ""));
        acmeApi.create(party("Half 50x off Deals", ""));
        expect("%25", "Half 50%_off Deals");
        expect("_", "Half 50%_off Deals");
        expect("50%25_off", "Half 50%_off Deals");
        expect("50_", "Half 50%_off Deals", "Half 50x off Deals");
        expect("5%25x");
    }

    @Test
    void aRenamedPartyIsFoundByItsNewNameAloneAfterTheChange() throws Exception {
        long id = acmeApi.create(party("Old Name Ltd", ""));
        acmeApi.put(API + "/" + id, party("Fresh Label Ltd", "\"version\":" + acmeApi.version(id)))
                .andExpect(status().isOk());
        expect("old%20name");
        expect("fresh%20lab", "Fresh Label Ltd");
    }

    @Test
    void aSearchAListOrAnExportNeverAnswersAnotherTenantsRows() throws Exception {
        globexApi.get(API + "?q=clin").andExpect(jsonPath("$.items[*].name", contains("Clinic Globex")));
        globexApi.get(API + "?q=saint-jean").andExpect(jsonPath("$.items", hasSize(0)));
        expect("globex");
        globexApi.get(API).andExpect(status().isOk()).andExpect(jsonPath("$.items[*].name", contains("Clinic Globex")));
        globexApi.get(API + "/export.csv").andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Saint-Jean"))));
    }

    /** Acme's search for {@code q} (URL-encoded) answers exactly {@code names}, by name. */
    private void expect(String q, String... names) throws Exception {
        acmeApi.get(API + "?q=" + q).andExpect(names.length == 0 ? jsonPath("$.items", hasSize(0))
                : jsonPath("$.items[*].name", contains(names)));
    }
}
