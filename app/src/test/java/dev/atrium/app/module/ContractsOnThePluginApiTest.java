package dev.atrium.app.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.core.provisioning.TenantProvisioningService;
import dev.atrium.core.tenant.NewTenant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The contracts module, the exemplar, living on the plugin API alone: a contract for a real customer
 * ({@code Parties}), registered by the signed-in user ({@code CurrentUser}), starting on the tenant's today
 * ({@code CurrentTenant}) for the term its settings say at request time ({@code ModuleSettings}); and a party
 * its contracts refer to cannot be deleted.
 */
@PlatformTest
class ContractsOnThePluginApiTest {

    private static final String PROBLEMS = "https://atrium.dev/problems/";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    CurrentTenant currentTenant;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    Clock clock;

    TestTenant acme;

    @BeforeEach
    void acmeUsesContracts() throws Exception {
        acme = tenants.create("Acme");
        mvc.perform(put("/api/v1/modules/contracts/activation").header("Authorization", acme.bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void aContractBelongsToAnActiveCustomerAndRecordsWhoRegisteredItAndItsTerm() throws Exception {
        long customer = Customers.create(mvc, acme, "Boulangerie Martin");
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
        long prospect = Customers.create(mvc, acme, "Maybe Later", "PROSPECT");
        register(acme, "C-2", prospect, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "party-not-a-customer"));

        long archived = Customers.create(mvc, acme, "Gone Away");
        mvc.perform(put("/api/v1/third-parties/" + archived).header("Authorization", acme.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": 0, "kind": "COMPANY", "name": "Gone Away", "salesRelation": "CUSTOMER",
                                 "status": "ARCHIVED"}"""))
                .andExpect(status().isOk());
        register(acme, "C-3", archived, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "party-archived"));

        TestTenant globex = tenants.create("Globex");
        long globexCustomer = Customers.create(mvc, globex, "Globex Client");
        register(acme, "C-4", globexCustomer, null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "not-found"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Globex Client"))));

        mvc.perform(get("/api/v1/contracts").header("Authorization", acme.bearer()))
                .andExpect(content().json("[]"));
    }

    @Test
    void aContractWithoutAPartyIsABadRequestNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/contracts").header("Authorization", acme.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reference\": \"C-5\", \"title\": \"Nobody\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partyId"));
    }

    @Test
    void aChangedDefaultTermAppliesToTheNextContractWithoutARestart() throws Exception {
        long customer = Customers.create(mvc, acme, "Long Term SA");
        mvc.perform(put("/api/v1/modules/contracts/settings/contracts.default-term-months")
                        .header("Authorization", acme.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": \"24\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['contracts.default-term-months']").value("24"));

        register(acme, "C-6", customer, "2026-03-01")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.endDate").value("2028-02-29"));
    }

    @Test
    void aDefaultTermTheModuleRefusesIsABadRequestNamingTheSettingAndChangesNothing() throws Exception {
        mvc.perform(put("/api/v1/modules/contracts/settings/contracts.default-term-months")
                        .header("Authorization", acme.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": \"forever\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("contracts.default-term-months"))
                .andExpect(jsonPath("$.errors[0].message").value("a number of months from 1 to 999"));
        mvc.perform(put("/api/v1/modules/contracts/settings/contracts.no-such-setting")
                        .header("Authorization", acme.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": \"1\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/modules/contracts/settings/contracts.default-term-months")
                        .header("Authorization", acme.memberBearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": \"6\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/modules/contracts/settings").header("Authorization", acme.bearer()))
                .andExpect(jsonPath("$['contracts.default-term-months']").value("12"));
    }

    @Test
    void deletingAPartyThatContractsReferToIsRefusedNamingThemAndAnUnusedOneIsDeleted() throws Exception {
        long customer = Customers.create(mvc, acme, "Kept SARL");
        register(acme, "C-7", customer, null).andExpect(status().isCreated());
        register(acme, "C-8", customer, null).andExpect(status().isCreated());

        mvc.perform(delete("/api/v1/third-parties/" + customer).header("Authorization", acme.bearer()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "party-in-use"))
                .andExpect(jsonPath("$.detail").value(containsString("2 contracts (contracts)")))
                .andExpect(jsonPath("$.modules[0]").value("contracts"));
        mvc.perform(get("/api/v1/third-parties/" + customer).header("Authorization", acme.bearer()))
                .andExpect(status().isOk());

        long unused = Customers.create(mvc, acme, "Unused SAS");
        mvc.perform(delete("/api/v1/third-parties/" + unused).header("Authorization", acme.bearer()))
                .andExpect(status().isNoContent());
    }

    @Test
    void thePageDeleteOfAPartyWithContractsShowsTheSameRefusal() throws Exception {
        long customer = Customers.create(mvc, acme, "Paged SA");
        register(acme, "C-9", customer, null).andExpect(status().isCreated());
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/t/" + acme.slug() + "/login").with(csrf())
                        .param("email", acme.owner().email()).param("password", TestTenant.PASSWORD))
                .andReturn().getRequest().getSession();

        mvc.perform(post("/t/" + acme.slug() + "/third-parties/" + customer + "/delete").session(session).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("1 contract (contracts)")));
        mvc.perform(get("/api/v1/third-parties/" + customer).header("Authorization", acme.bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void theTenantsTodayIsTheDateInItsOwnZoneFromThePlatformClock() {
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        long islands = provisioning.provision(new NewTenant("islands-" + System.nanoTime(), "Line Islands",
                Currency.getInstance("AUD"), Locale.UK, kiritimati), "owner@islands.test", "Owner", "islands-password-1")
                .tenant().id();

        assertThat(TenantContext.callAs(islands, currentTenant::today)).as("today at UTC+14")
                .isEqualTo(LocalDate.now(clock.withZone(kiritimati)));
        assertThat(TenantContext.callAs(islands, currentTenant::zone)).isEqualTo(kiritimati);
        assertThat(TenantContext.callAs(islands, currentTenant::currency).getCurrencyCode()).isEqualTo("AUD");
        assertThat(TenantContext.callAs(islands, currentTenant::name)).isEqualTo("Line Islands");
    }

    private ResultActions register(TestTenant tenant, String reference, long partyId, String startDate)
            throws Exception {
        String start = startDate == null ? "" : ", \"startDate\": \"" + startDate + "\"";
        return mvc.perform(post("/api/v1/contracts").header("Authorization", tenant.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reference\": \"" + reference + "\", \"title\": \"Support\", \"partyId\": " + partyId
                        + start + "}"));
    }
}
