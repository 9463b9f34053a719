package dev.atrium.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

/** A contract's timeline through the plugin API's record history: created, lines added and moved, notes. */
@ModuleTest
class ContractHistoryTest {

    @Autowired
    ModuleTestKit kit;

    TestTenant acme;
    MockHttpSession owner;
    long contractId;
    String page;

    @BeforeEach
    void acmeHasAContract() throws Exception {
        acme = kit.tenantUsingTheModule("Acme");
        owner = kit.signIn(acme);
        long customer = kit.customer(acme, "Boulangerie Martin");
        String contract = kit.api(acme, post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reference": "C-1", "title": "Ovens", "partyId": %d,
                                 "startDate": "2026-01-01", "endDate": "2026-12-31"}""".formatted(customer)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        contractId = ((Number) JsonPath.read(contract, "$.id")).longValue();
        page = "/t/" + acme.slug() + "/contracts/" + contractId;
    }

    @Test
    void theContractsPageShowsItsCreationItsLineChangesAndNotesNewestFirst() throws Exception {
        String line = kit.api(acme, post("/api/v1/contracts/" + contractId + "/lines")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"Support\", \"quantity\": 1, \"unitPrice\": \"100\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long lineId = ((Number) JsonPath.read(line, "$.id")).longValue();
        kit.api(acme, post("/api/v1/contracts/" + contractId + "/lines/" + lineId + "/activate"))
                .andExpect(status().isOk());
        kit.page(owner, post(page + "/notes").param("text", "Renewal call in November"))
                .andExpect(redirectedUrl(page));

        String html = kit.page(owner, get(page)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        int note = html.indexOf("Renewal call in November");
        int activated = html.indexOf(", draft</span> → <span>");
        int added = html.indexOf("(empty)</span> → <span>1 × ");
        int created = html.indexOf("created it");
        assertThat(new int[] {note, activated, added, created})
                .as("note, activation, added line, creation: each shown, newest first").isSorted()
                .doesNotContain(-1);
    }

    @Test
    void aBlankNoteIsRefusedBesideItsFieldAndNothingIsKept() throws Exception {
        kit.page(owner, post(page + "/notes").param("text", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"text-error\"")));
        kit.page(owner, get(page)).andExpect(content().string(not(containsString("added a note"))));
    }

    @Test
    void anotherTenantsContractTakesNoNoteFromUs() throws Exception {
        TestTenant globex = kit.tenantUsingTheModule("Globex");
        kit.page(kit.signIn(globex), post("/t/" + globex.slug() + "/contracts/" + contractId + "/notes")
                .param("text", "Intruder")).andExpect(status().isNotFound());
        kit.page(owner, get(page)).andExpect(content().string(not(containsString("Intruder"))));
    }
}
