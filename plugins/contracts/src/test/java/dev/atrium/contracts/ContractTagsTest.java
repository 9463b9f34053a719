package dev.atrium.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.TestTenant;
import dev.atrium.plugin.testkit.ModuleTest;
import dev.atrium.plugin.testkit.ModuleTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** A module's records carry the tenant's tags through the plugin API: on the card, in the API, as a list filter. */
@ModuleTest
class ContractTagsTest {

    @Autowired
    ModuleTestKit kit;

    TestTenant acme;
    MockHttpSession owner;
    long north;
    long south;
    long ovens;
    long fridges;

    @BeforeEach
    void acmeHasTwoContractsAndTwoTags() throws Exception {
        acme = kit.tenantUsingTheModule("Acme");
        owner = kit.signIn(acme);
        long customer = kit.customer(acme, "Boulangerie Martin");
        ovens = contract("C-1", "Ovens", customer);
        fridges = contract("C-2", "Fridges", customer);
        north = tag(acme, "North");
        south = tag(acme, "South");
    }

    @Test
    void tagsPutOnAContractAreOnItsCardItsHistoryAndFilterTheList() throws Exception {
        kit.api(acme, put("/api/v1/contracts/" + ovens + "/tags").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tagIds\": [" + south + ", " + north + "]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].name", contains("North", "South")));
        kit.api(acme, get("/api/v1/contracts?tag=" + north))
                .andExpect(jsonPath("$.items[*].reference", contains("C-1")))
                .andExpect(jsonPath("$.items[0].tags[*].name", contains("North", "South")));
        kit.api(acme, get("/api/v1/contracts")).andExpect(jsonPath("$.items[*].reference", contains("C-1", "C-2")));
        kit.api(acme, get("/api/v1/contracts/" + ovens + "/history"))
                .andExpect(jsonPath("$[0].changes[0].after").value("North, South"));

        String card = "/t/" + acme.slug() + "/contracts/" + fridges;
        kit.page(owner, post(card + "/tags").param("tagIds", String.valueOf(south)))
                .andExpect(redirectedUrl(card + "#tags"));
        kit.page(owner, get(card)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tags saved.")))
                .andExpect(content().string(containsString("<span class=\"tag tag-blue\">South</span>")));
        String list = kit.page(owner, get("/t/" + acme.slug() + "/contracts").param("tag", String.valueOf(south)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("C-1", "C-2");
        String northOnly = kit.page(owner, get("/t/" + acme.slug() + "/contracts").param("tag", String.valueOf(north)))
                .andReturn().getResponse().getContentAsString();
        assertThat(northOnly).contains(">C-1<").doesNotContain(">C-2<");
    }

    @Test
    void anotherTenantsTagOrContractIsRefusedAndChangesNothing() throws Exception {
        TestTenant globex = kit.tenantUsingTheModule("Globex");
        long theirs = tag(globex, "Theirs");
        kit.api(acme, put("/api/v1/contracts/" + ovens + "/tags").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tagIds\": [" + theirs + "]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("tagIds"))
                .andExpect(content().string(not(containsString("Theirs"))));
        kit.api(globex, put("/api/v1/contracts/" + ovens + "/tags").contentType(MediaType.APPLICATION_JSON)
                .content("{\"tagIds\": [" + theirs + "]}")).andExpect(status().isNotFound());
        kit.api(globex, get("/api/v1/contracts/" + ovens + "/history")).andExpect(status().isNotFound());
        kit.api(acme, get("/api/v1/contracts/" + ovens + "/tags")).andExpect(jsonPath("$").isEmpty());
    }

    private long contract(String reference, String title, long customer) throws Exception {
        String contract = kit.api(acme, post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reference": "%s", "title": "%s", "partyId": %d,
                                 "startDate": "2026-01-01", "endDate": "2026-12-31"}""".formatted(reference, title,
                                customer)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(contract, "$.id")).longValue();
    }

    private long tag(TestTenant tenant, String name) throws Exception {
        String tag = kit.api(tenant, post("/api/v1/tags").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\", \"colour\": \"blue\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(tag, "$.id")).longValue();
    }
}
