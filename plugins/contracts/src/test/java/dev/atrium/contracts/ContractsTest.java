package dev.atrium.contracts;

import static dev.atrium.plugin.testkit.ModuleTestKit.fieldError;
import static dev.atrium.plugin.testkit.ModuleTestKit.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.TestTenant;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.party.Parties;
import dev.atrium.plugin.party.PartyStatus;
import dev.atrium.plugin.testkit.ModuleTest;
import dev.atrium.plugin.testkit.ModuleTestKit;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A contract for a real customer ({@code Parties}), registered by the signed-in user ({@code CurrentUser}),
 * starting on the tenant's today ({@code CurrentTenant}) for the term its settings say at request time
 * ({@code ModuleSettings}); and a party its contracts refer to is archived, never deleted.
 */
@ModuleTest
class ContractsTest {

    @Autowired
    ModuleTestKit kit;

    @Autowired
    CurrentTenant currentTenant;

    @Autowired
    Parties parties;

    TestTenant acme;

    @BeforeEach
    void acmeUsesContracts() throws Exception {
        acme = kit.tenantUsingTheModule("Acme");
    }

    @Test
    void aContractBelongsToAnActiveCustomerAndRecordsWhoRegisteredItAndItsTerm() throws Exception {
        long customer = kit.customer(acme, "Boulangerie Martin");
        LocalDate today = TenantContext.callAs(acme.id(), currentTenant::today);

        register(acme, "C-1", customer, null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.partyId").value(customer))
                .andExpect(jsonPath("$.customerName").value("Boulangerie Martin"))
                .andExpect(jsonPath("$.createdBy").value("Acme Owner"))
                .andExpect(jsonPath("$.startDate").value(today.toString()))
                .andExpect(jsonPath("$.endDate").value(today.plusMonths(12).minusDays(1).toString()));
    }

    @Test
    void aContractForAProspectAnArchivedPartyOrAnotherTenantsPartyIsRefusedByType() throws Exception {
        long prospect = kit.thirdParty(acme, "Maybe Later", "PROSPECT");
        register(acme, "C-2", prospect, null).andExpect(problem(409, "party-not-a-customer"));

        long archived = kit.customer(acme, "Gone Away");
        kit.api(acme, post("/api/v1/third-parties/" + archived + "/archive")).andExpect(status().isOk());
        register(acme, "C-3", archived, null).andExpect(problem(409, "party-archived"));

        TestTenant globex = kit.tenant("Globex");
        long globexCustomer = kit.customer(globex, "Globex Client");
        register(acme, "C-4", globexCustomer, null)
                .andExpect(problem(404, "not-found"))
                .andExpect(content().string(not(containsString("Globex Client"))));

        kit.api(acme, get("/api/v1/contracts")).andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void aContractWithoutAPartyIsABadRequestNamingTheField() throws Exception {
        kit.api(acme, post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"C-5\", \"title\": \"Nobody\"}"))
                .andExpect(fieldError("partyId"));
    }

    @Test
    void aChangedDefaultTermAppliesToTheNextContractWithoutARestart() throws Exception {
        long customer = kit.customer(acme, "Long Term SA");
        kit.api(acme, put("/api/v1/modules/contracts/settings/contracts.default-term-months")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": \"24\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['contracts.default-term-months']").value("24"));

        register(acme, "C-6", customer, "2026-03-01")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.endDate").value("2028-02-29"));
    }

    @Test
    void aDefaultTermTheModuleRefusesIsABadRequestNamingTheSettingAndChangesNothing() throws Exception {
        kit.api(acme, put("/api/v1/modules/contracts/settings/contracts.default-term-months")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": \"0\"}"))
                .andExpect(fieldError("contracts.default-term-months"))
                .andExpect(jsonPath("$.errors[0].message").value("a number of months from 1 to 999"));
        kit.api(acme, put("/api/v1/modules/contracts/settings/contracts.default-term-months")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": \"forever\"}"))
                .andExpect(fieldError("contracts.default-term-months"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number"));
        kit.api(acme, put("/api/v1/modules/contracts/settings/contracts.no-such-setting")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": \"1\"}"))
                .andExpect(status().isNotFound());
        kit.apiAsMember(acme, put("/api/v1/modules/contracts/settings/contracts.default-term-months")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": \"6\"}"))
                .andExpect(status().isForbidden());
        kit.api(acme, get("/api/v1/modules/contracts/settings"))
                .andExpect(jsonPath("$['contracts.default-term-months']").value("12"));
    }

    @Test
    void aPartyContractsReferToIsArchivedNotDeletedAndStaysResolvableMarkedArchived() throws Exception {
        long customer = kit.customer(acme, "Kept SARL");
        register(acme, "C-7", customer, null).andExpect(status().isCreated());
        register(acme, "C-8", customer, null).andExpect(status().isCreated());

        kit.api(acme, delete("/api/v1/third-parties/" + customer)).andExpect(status().isMethodNotAllowed());
        kit.api(acme, post("/api/v1/third-parties/" + customer + "/archive"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ARCHIVED"));
        assertThat(TenantContext.callAs(acme.id(), () -> parties.find(customer)).orElseThrow().status())
                .as("an archived party is still found, marked archived").isEqualTo(PartyStatus.ARCHIVED);
        kit.api(acme, get("/api/v1/contracts")).andExpect(jsonPath("$.items[0].customerName").value("Kept SARL"));
        register(acme, "C-9", customer, null).andExpect(problem(409, "party-archived"));
    }

    @Test
    void theArchiveConfirmationPageNamesTheContractsThatKeepReferringToTheParty() throws Exception {
        long customer = kit.customer(acme, "Paged SA");
        register(acme, "C-9", customer, null).andExpect(status().isCreated());
        MockHttpSession owner = kit.signIn(acme);

        kit.page(owner, get("/t/" + acme.slug() + "/third-parties/" + customer + "/archive"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 contract (contracts)")));
        kit.page(owner, post("/t/" + acme.slug() + "/third-parties/" + customer + "/archive"))
                .andExpect(status().is3xxRedirection());
        kit.api(acme, get("/api/v1/third-parties/" + customer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ARCHIVED"));
    }

    @Test
    void aTenantThatHasNotActivatedContractsIsToldWhichModuleToActivate() throws Exception {
        TestTenant globex = kit.tenant("Globex");

        kit.api(globex, get("/api/v1/contracts"))
                .andExpect(problem(404, "module-not-active"))
                .andExpect(jsonPath("$.module").value("contracts"));
    }

    private ResultActions register(TestTenant tenant, String reference, long partyId, String startDate)
            throws Exception {
        String start = startDate == null ? "" : ", \"startDate\": \"" + startDate + "\"";
        return kit.api(tenant, post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reference\": \"" + reference + "\", \"title\": \"Support\", \"partyId\": " + partyId
                        + start + "}"));
    }
}
