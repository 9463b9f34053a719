package dev.atrium.app.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.module.InstalledModules;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * AMC, which requires contracts, reads a customer's running contracts through contracts' export, with the real
 * archives: the export reaches the module that requires contracts, and a module that does not cannot even load
 * its interface.
 */
@PlatformTest
class AmcOnTheContractsExportTest {

    private static final String EXPORT = "dev.atrium.contracts.export.CustomerContracts";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    InstalledModules installed;

    TestTenant acme;

    @BeforeEach
    void acmeUsesContractsAndMaintenance() throws Exception {
        acme = tenants.create("Acme");
        for (String module : new String[] {"contracts", "amc"}) {
            mvc.perform(put("/api/v1/modules/" + module + "/activation").header("Authorization", acme.bearer()))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void amcListsTheCustomersRunningContractsWithAnActiveLineAndNoOther() throws Exception {
        long customer = Customers.create(mvc, acme, "Boulangerie Martin");
        long running = contract("C-1", customer, "");
        activate(running, line(running, "120.00"));
        line(running, "5.00");
        long draftOnly = contract("C-2", customer, "");
        line(draftOnly, "50.00");
        long ended = contract("C-3", customer, ", \"startDate\": \"2020-01-01\", \"endDate\": \"2020-12-31\"");
        activate(ended, line(ended, "70.00"));

        mvc.perform(get("/api/v1/amc/customers/" + customer + "/contracts").header("Authorization", acme.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerName").value("Boulangerie Martin"))
                .andExpect(jsonPath("$.contracts", hasSize(1)))
                .andExpect(jsonPath("$.contracts[0].reference").value("C-1"))
                .andExpect(jsonPath("$.contracts[0].activeLines").value(1))
                .andExpect(jsonPath("$.contracts[0].activeTotal.amount").value("120.00"));

        MockHttpSession owner = signIn(acme);
        mvc.perform(get("/t/" + acme.slug() + "/amc").session(owner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/amc/customers/" + customer)));
        mvc.perform(get("/t/" + acme.slug() + "/amc/customers/" + customer).session(owner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("C-1")))
                .andExpect(content().string(not(containsString("C-2"))))
                .andExpect(content().string(not(containsString("C-3"))));
    }

    @Test
    void anotherTenantsCustomerIsNotFoundThroughAmcNotAnEmptyList() throws Exception {
        TestTenant globex = tenants.create("Globex");
        long globexCustomer = Customers.create(mvc, globex, "Globex Client");

        mvc.perform(get("/api/v1/amc/customers/" + globexCustomer + "/contracts").header("Authorization", acme.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/not-found"))
                .andExpect(content().string(not(containsString("Globex Client"))));
    }

    @Test
    void onlyAModuleThatDeclaresContractsAsItsPluginDependencyCanLoadTheExport() throws Exception {
        assertThat(installed.find("amc").orElseThrow().classLoader().loadClass(EXPORT)).as("amc's view").isNotNull();
        for (String stranger : new String[] {"projects", "stock"}) {
            ClassLoader loader = installed.find(stranger).orElseThrow().classLoader();
            assertThatThrownBy(() -> loader.loadClass(EXPORT)).as(stranger + "'s view")
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    private long contract(String reference, long customer, String dates) throws Exception {
        String body = mvc.perform(post("/api/v1/contracts").header("Authorization", acme.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"" + reference + "\", \"title\": \"Ovens\", \"partyId\": " + customer
                                + dates + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private long line(long contractId, String unitPrice) throws Exception {
        String body = mvc.perform(post("/api/v1/contracts/" + contractId + "/lines").header("Authorization", acme.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"Servicing\", \"quantity\": 1, \"unitPrice\": \"" + unitPrice + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private void activate(long contractId, long lineId) throws Exception {
        mvc.perform(post("/api/v1/contracts/" + contractId + "/lines/" + lineId + "/activate")
                .header("Authorization", acme.bearer())).andExpect(status().isOk());
    }

    private MockHttpSession signIn(TestTenant tenant) throws Exception {
        return (MockHttpSession) mvc.perform(post("/t/" + tenant.slug() + "/login").with(csrf())
                        .param("email", tenant.owner().email()).param("password", TestTenant.PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
