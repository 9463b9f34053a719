package dev.atrium.core.numbering;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PlatformTest
class NumberSeriesApiTest {

    static final String API = "/api/v1/number-series";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    TestTenant tenant;

    @BeforeEach
    void newTenant() {
        tenant = tenants.create("Series");
    }

    @Test
    void everySeriesIsListedWithItsDefaultsAndNextNumber() throws Exception {
        mvc.perform(get(API).header("Authorization", tenant.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.series == 'party.customer')].pattern").value("{prefix}{seq:5}"))
                .andExpect(jsonPath("$[?(@.series == 'party.customer')].nextNumber").value("C00001"))
                .andExpect(jsonPath("$[?(@.series == 'party.supplier')].prefix").value("S"))
                .andExpect(jsonPath("$[?(@.series == 'party.customer')].customized").value(false));
    }

    @Test
    void aChangedPatternNumbersTheNextThirdPartyAndTheCounterCarriesOn() throws Exception {
        createCustomer("First").andExpect(jsonPath("$.code").value("C00001"));

        change("party.customer", """
                {"prefix": "CU", "pattern": "{prefix}-{yyyy}-{seq:4}", "reset": "NEVER"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customized").value(true))
                .andExpect(jsonPath("$.nextNumber", containsString("CU-")));

        createCustomer("Second").andExpect(jsonPath("$.code", org.hamcrest.Matchers.matchesPattern("CU-\\d{4}-0002")));
    }

    @Test
    void aPatternThatGivesNoValidThirdPartyCodeRefusesTheCreateAndKeepsItsNumber() throws Exception {
        change("party.customer", """
                {"prefix": "C", "pattern": "{prefix}/{seq:5}", "reset": "NEVER"}""").andExpect(status().isOk());

        createCustomer("Slashed")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/third-party-code-pattern-unusable"));
        mvc.perform(get(API + "/party.customer").header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$.nextNumber").value("C/00001"));
    }

    @Test
    void aPatternWithAnUnknownPlaceholderIsRefusedNamingTheField() throws Exception {
        change("party.customer", """
                {"prefix": "C", "pattern": "{prefix}-${T(java.lang.Runtime).getRuntime()}{seq:5}", "reset": "NEVER"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("pattern"));
        change("party.customer", """
                {"prefix": "C", "pattern": "{prefix}{year}{seq:5}", "reset": "NEVER"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("unknown placeholder {year}")));
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() throws Exception {
        change("party.customer", """
                {"prefix": "C C", "pattern": "INV-{seq:5}", "reset": "YEARLY"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("prefix")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("pattern")))
                .andExpect(jsonPath("$.errors[?(@.field == 'pattern')].message", hasItem(containsString("year"))));
        change("party.customer", """
                {"pattern": "{seq:5}", "reset": "WEEKLY"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        change("party.customer", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("pattern")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("reset")));
    }

    @Test
    void theResetIsFixedOnceTheSeriesHasNumberedADocument() throws Exception {
        change("party.customer", """
                {"prefix": "C", "pattern": "C{yyyy}-{seq:5}", "reset": "YEARLY"}""").andExpect(status().isOk());
        createCustomer("Numbered").andExpect(status().isCreated());

        change("party.customer", """
                {"prefix": "C", "pattern": "C{yyyy}-{seq:5}", "reset": "NEVER"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/number-series-in-use"))
                .andExpect(jsonPath("$.errors[0].field").value("reset"));
        // The pattern may still change, with the reset as it is.
        change("party.customer", """
                {"prefix": "K", "pattern": "K{yy}-{seq:5}", "reset": "YEARLY"}""")
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownSeriesIsNotFound() throws Exception {
        mvc.perform(get(API + "/invoice.nothing").header("Authorization", tenant.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/not-found"));
        change("invoice.nothing", """
                {"pattern": "{seq:5}", "reset": "NEVER"}""").andExpect(status().isNotFound());
    }

    @Test
    void membersMayNeitherReadNorChangeTheNumbering() throws Exception {
        mvc.perform(get(API).header("Authorization", tenant.memberBearer())).andExpect(status().isForbidden());
        mvc.perform(put(API + "/party.customer").header("Authorization", tenant.memberBearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pattern\": \"X{seq:5}\", \"reset\": \"NEVER\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/party.customer").header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$.pattern").value("{prefix}{seq:5}"));
    }

    @Test
    void theSetupPageShowsTheSeriesAndSavesOrExplainsAChange() throws Exception {
        MockHttpSession session = signIn(tenant);
        String page = "/t/" + tenant.slug() + "/setup/numbering";
        mvc.perform(get(page).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"series-party.customer\"")))
                .andExpect(content().string(containsString("C00001")))
                .andExpect(content().string(containsString("data-menu=\"setup-numbering\"")));

        mvc.perform(post(page + "/party.customer").session(session).with(csrf())
                        .param("prefix", "C").param("pattern", "{prefix}{seq:5}{nope}").param("reset", "NEVER"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("refusal", containsString("unknown placeholder {nope}")));
        mvc.perform(post(page + "/party.customer").session(session).with(csrf())
                        .param("prefix", "CLI").param("pattern", "{prefix}{seq:4}").param("reset", "NEVER"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", containsString("CLI0001")));
        mvc.perform(post(page + "/invoice.nothing").session(session).with(csrf())
                        .param("pattern", "{seq:4}").param("reset", "NEVER"))
                .andExpect(status().isNotFound());
    }

    @Test
    void membersDoNotSeeTheSetupPage() throws Exception {
        MockHttpSession session = signIn(tenant.member().email());
        mvc.perform(get("/t/" + tenant.slug() + "/setup/numbering").session(session))
                .andExpect(status().isForbidden());
    }

    private ResultActions change(String series, String json) throws Exception {
        return mvc.perform(put(API + "/" + series).header("Authorization", tenant.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions createCustomer(String name) throws Exception {
        return mvc.perform(post("/api/v1/third-parties").header("Authorization", tenant.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"COMPANY\", \"name\": \"" + name + "\", \"salesRelation\": \"CUSTOMER\"}"));
    }

    private MockHttpSession signIn(TestTenant who) throws Exception {
        return signIn(who.owner().email());
    }

    private MockHttpSession signIn(String email) throws Exception {
        return (MockHttpSession) mvc.perform(post("/t/" + tenant.slug() + "/login").with(csrf())
                        .param("email", email).param("password", TestTenant.PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
