package dev.atrium.core.party;

import static dev.atrium.core.party.ThirdPartyClient.API;
import static dev.atrium.core.party.ThirdPartyClient.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Tenant B, however it asks, never reaches a byte of tenant A's third parties. */
@PlatformTest
class ThirdPartyIsolationTest {

    private static final String SECRET = "Acme Secret Customer";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    TestTenant acme;
    ThirdPartyClient globexApi;
    long acmeParty;
    long acmeContact;
    long acmeAddress;

    @BeforeEach
    void twoTenants() throws Exception {
        acme = tenants.create("Acme");
        globexApi = new ThirdPartyClient(mvc, tenants.create("Globex"));
        ThirdPartyClient acmeApi = new ThirdPartyClient(mvc, acme);
        acmeParty = acmeApi.create(party(SECRET, """
                "salesRelation":"CUSTOMER","contacts":[{"name":"Secret Contact"}],
                "addresses":[{"kind":"BILLING","line1":"1 Secret Way","city":"Paris","country":"FR"}]"""));
        String body = acmeApi.body(API + "/" + acmeParty);
        acmeContact = ((Number) JsonPath.read(body, "$.contacts[0].id")).longValue();
        acmeAddress = ((Number) JsonPath.read(body, "$.addresses[0].id")).longValue();
    }

    @Test
    void tenantBGetsNotFoundForEveryCallOnTenantAsThirdParty() throws Exception {
        String one = API + "/" + acmeParty;
        String contact = "{\"name\":\"Intruder\"}";
        String address = "{\"kind\":\"BILLING\",\"line1\":\"x\",\"city\":\"y\",\"country\":\"FR\"}";
        Object[][] calls = {{GET, one, null}, {PUT, one, party("Taken Over", "\"version\":0")}, {POST, one + "/archive", ""},
            {POST, one + "/restore", ""}, {POST, one + "/contacts", contact}, {PUT, one + "/contacts/" + acmeContact, contact},
            {DELETE, one + "/contacts/" + acmeContact, null}, {POST, one + "/addresses", address},
            {PUT, one + "/addresses/" + acmeAddress, address}, {DELETE, one + "/addresses/" + acmeAddress, null}};
        for (Object[] call : calls) {
            assertNotFound(globexApi.send((HttpMethod) call[0], (String) call[1], (String) call[2]));
        }
        new ThirdPartyClient(mvc, acme).get(one)
                .andExpect(jsonPath("$.name").value(SECRET))
                .andExpect(jsonPath("$.contacts[0].name").value("Secret Contact"))
                .andExpect(jsonPath("$.addresses[0].line1").value("1 Secret Way"));
    }

    @Test
    void tenantBsListAndCsvNeverContainTenantAsRows() throws Exception {
        globexApi.get(API).andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(content().string(not(Matchers.containsString(SECRET))));
        globexApi.get(API + "/export.csv").andExpect(status().isOk())
                .andExpect(content().string(not(Matchers.containsString(SECRET))));
    }

    @Test
    void aCursorMadeByTenantAShowsTenantBOnlyItsOwnRows() throws Exception {
        ThirdPartyClient acmeApi = new ThirdPartyClient(mvc, acme);
        acmeApi.create(party("Acme Second Secret", ""));
        String acmeCursor = JsonPath.read(acmeApi.body(API + "?size=1"), "$.next");
        globexApi.create(party("Globex Own", ""));

        globexApi.get(API + "?size=1&after=" + acmeCursor).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", Matchers.everyItem(Matchers.startsWith("Globex"))))
                .andExpect(content().string(not(Matchers.containsString("Secret"))));
        globexApi.get(API + "?size=1&before=" + acmeCursor).andExpect(status().isOk())
                .andExpect(content().string(not(Matchers.containsString("Secret"))));
    }

    @Test
    void tenantBsSessionCannotOpenTenantAsPagesNorReachItsThirdPartyThroughItsOwn() throws Exception {
        TestTenant globex = tenants.create("Globex");
        PageSession session = PageSession.owner(mvc, globex);
        session.get("/t/" + acme.slug() + "/third-parties").andExpect(status().isForbidden());
        session.get("/t/" + acme.slug() + "/third-parties/" + acmeParty).andExpect(status().isForbidden());
        session.get("/t/" + globex.slug() + "/third-parties/" + acmeParty).andExpect(status().isNotFound())
                .andExpect(content().string(not(Matchers.containsString(SECRET))));
        session.post("/t/" + globex.slug() + "/third-parties/" + acmeParty + "/archive")
                .andExpect(status().isNotFound());
        new ThirdPartyClient(mvc, acme).get(API + "/" + acmeParty).andExpect(status().isOk());
    }

    @Test
    void withoutATenantTheApplicationRoleSeesNoThirdPartyRowsAtAll() {
        for (String table : new String[] {"third_party", "third_party_contact", "third_party_address",
            "number_series", "number_series_counter"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class))
                    .as("rows of %s visible with no tenant set", table).isZero();
        }
    }

    private static void assertNotFound(ResultActions response) throws Exception {
        response.andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/not-found"))
                .andExpect(content().string(not(Matchers.containsString("Secret"))));
    }
}
