package dev.atrium.contracts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.TestTenant;
import dev.atrium.plugin.testkit.ModuleTest;
import dev.atrium.plugin.testkit.ModuleTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** A person registers a contract from the pages: a customer chosen from the tenant's own, refusals beside the field. */
@ModuleTest
class ContractPagesTest {

    @Autowired
    ModuleTestKit kit;

    TestTenant acme;
    MockHttpSession owner;

    @BeforeEach
    void acmeUsesContracts() throws Exception {
        acme = kit.tenantUsingTheModule("Acme");
        owner = kit.signIn(acme);
    }

    @Test
    void theNewContractFormOffersTheTenantsActiveCustomersOnly() throws Exception {
        kit.customer(acme, "Boulangerie Martin");
        kit.thirdParty(acme, "Maybe Later", "PROSPECT");
        TestTenant globex = kit.tenant("Globex");
        kit.customer(globex, "Globex Client");

        kit.page(owner, get("/t/" + acme.slug() + "/contracts"))
                .andExpect(content().string(containsString("New contract")));
        kit.page(owner, get("/t/" + acme.slug() + "/contracts/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Boulangerie Martin")))
                .andExpect(content().string(not(containsString("Maybe Later"))))
                .andExpect(content().string(not(containsString("Globex Client"))));
    }

    @Test
    void aContractRegisteredFromTheFormOpensItsPageAndATakenReferenceIsRefusedBesideTheField() throws Exception {
        long customer = kit.customer(acme, "Hotel Miramar");

        kit.page(owner, post("/t/" + acme.slug() + "/contracts")
                        .param("partyId", Long.toString(customer)).param("reference", "C-100")
                        .param("title", "Front desk support").param("startDate", "2026-03-01").param("endDate", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/t/" + acme.slug() + "/contracts/*"));
        kit.api(acme, get("/api/v1/contracts"))
                .andExpect(jsonPath("$.items[0].reference").value("C-100"))
                .andExpect(jsonPath("$.items[0].startDate").value("2026-03-01"))
                .andExpect(jsonPath("$.items[0].customerName").value("Hotel Miramar"));

        kit.page(owner, post("/t/" + acme.slug() + "/contracts")
                        .param("partyId", Long.toString(customer)).param("reference", "C-100")
                        .param("title", "Second try"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is already a contract C-100.")))
                .andExpect(content().string(containsString("value=\"Second try\"")));
        kit.api(acme, get("/api/v1/contracts")).andExpect(jsonPath("$.count.value").value(1));
    }

    @Test
    void anotherTenantsPartyOrAMissingFieldIsAFormErrorAndWritesNothing() throws Exception {
        TestTenant globex = kit.tenant("Globex");
        long theirs = kit.customer(globex, "Globex Client");

        kit.page(owner, post("/t/" + acme.slug() + "/contracts")
                        .param("partyId", Long.toString(theirs)).param("reference", "C-1").param("title", "Sneaky"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")))
                .andExpect(content().string(not(containsString("Globex Client"))));
        kit.page(owner, post("/t/" + acme.slug() + "/contracts").param("reference", "C-2").param("title", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));
        kit.api(acme, get("/api/v1/contracts")).andExpect(jsonPath("$.items").isEmpty());
    }
}
