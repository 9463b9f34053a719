package dev.atrium.amc;

import static dev.atrium.plugin.testkit.ModuleTestKit.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.TestTenant;
import dev.atrium.plugin.testkit.ModuleTest;
import dev.atrium.plugin.testkit.ModuleTestKit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * AMC's own test, on the kit: the host loads amc and contracts (which amc depends on) from their build output,
 * and activates contracts before amc for a tenant using it.
 */
@ModuleTest
class MaintenanceCandidatesTest {

    @Autowired
    ModuleTestKit kit;

    @Test
    void aCustomersContractWithAnActiveLineIsAMaintenanceCandidateOnTheApiAndThePage() throws Exception {
        TestTenant acme = kit.tenantUsingTheModule("Acme");
        long customer = kit.customer(acme, "Boulangerie Martin");
        String contract = kit.api(acme, post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"C-1\", \"title\": \"Ovens\", \"partyId\": " + customer + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long contractId = ((Number) JsonPath.read(contract, "$.id")).longValue();
        kit.api(acme, get("/api/v1/amc/customers/" + customer + "/contracts"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.contracts", hasSize(0)));

        String line = kit.api(acme, post("/api/v1/contracts/" + contractId + "/lines")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"Servicing\", \"quantity\": 2, \"unitPrice\": \"60\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        kit.api(acme, post("/api/v1/contracts/" + contractId + "/lines/" + JsonPath.read(line, "$.id") + "/activate"))
                .andExpect(status().isOk());

        kit.api(acme, get("/api/v1/amc/customers/" + customer + "/contracts"))
                .andExpect(jsonPath("$.contracts", hasSize(1)))
                .andExpect(jsonPath("$.contracts[0].reference").value("C-1"))
                .andExpect(jsonPath("$.contracts[0].activeTotal.amount").value("120.00"));
        kit.page(kit.signIn(acme), get("/t/" + acme.slug() + "/amc/customers/" + customer))
                .andExpect(status().isOk()).andExpect(content().string(containsString("€120.00")));
    }

    @Test
    void anUnknownCustomerIsNotFoundAndATenantWithoutAmcIsToldToActivateIt() throws Exception {
        TestTenant acme = kit.tenantUsingTheModule("Acme");
        kit.api(acme, get("/api/v1/amc/customers/999999999/contracts")).andExpect(problem(404, "not-found"));

        TestTenant globex = kit.tenant("Globex");
        kit.activate(globex, "contracts");
        kit.api(globex, get("/api/v1/amc/customers/1/contracts"))
                .andExpect(problem(404, "module-not-active")).andExpect(jsonPath("$.module").value("amc"));
    }
}
