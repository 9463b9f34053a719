package dev.atrium.app.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.module.InstalledModules;
import dev.atrium.core.module.ModuleGuard;
import dev.atrium.core.module.ModuleNotActiveException;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PlatformTest
class ModuleActivationTest {

    private static final String PROBLEMS = "https://atrium.dev/problems/";
    private static final List<String> MODULES = List.of("amc", "contracts", "projects", "stock");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    ModuleGuard guard;

    @Autowired
    InstalledModules installed;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @Test
    void theFourModuleArchivesAreInstalledWithTheirDescriptors() throws Exception {
        assertThat(installed.all()).extracting(m -> m.key()).containsExactly("amc", "contracts", "projects", "stock");
        TestTenant acme = tenants.create("Acme");
        mvc.perform(get("/api/v1/modules").header("Authorization", acme.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'amc')].requires[0]").value("contracts"))
                .andExpect(jsonPath("$[?(@.key == 'amc')].version").value("0.1.0"))
                .andExpect(jsonPath("$[?(@.key == 'contracts')].active").value(false))
                .andExpect(jsonPath("$[?(@.key == 'contracts')].menu[0].path").value("contracts"));
    }

    @Test
    void contractsAnswersTenantAWhoActivatedItAndRefusesTenantBWithModuleNotActive() throws Exception {
        TestTenant a = tenants.create("Alpha");
        TestTenant b = tenants.create("Beta");
        activate(a, "contracts").andExpect(status().isOk()).andExpect(jsonPath("$.active").value(true));

        mvc.perform(get("/api/v1/contracts").header("Authorization", a.bearer())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/contracts").header("Authorization", b.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "module-not-active"))
                .andExpect(jsonPath("$.module").value("contracts"));
    }

    @Test
    void everyModuleEndpointRefusesATenantThatHasNotActivatedItsModule() throws Exception {
        TestTenant b = tenants.create("Beta");
        List<MockHttpServletRequestBuilder> calls = List.of(
                get("/api/v1/contracts"),
                post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\":\"C-1\",\"title\":\"Boilers\"}"));
        for (MockHttpServletRequestBuilder call : calls) {
            mvc.perform(call.header("Authorization", b.bearer()))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value(PROBLEMS + "module-not-active"));
        }
        MockHttpSession session = signIn(b.owner().email(), b);
        for (String module : MODULES) {
            mvc.perform(get("/t/" + b.slug() + "/" + module).session(session))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("data-module=\"" + module + "\"")));
        }
    }

    @Test
    void everyModuleEndpointAnswersOnceItsModuleIsActive() throws Exception {
        TestTenant a = tenants.create("Alpha");
        mvc.perform(put("/api/v1/modules/amc/activation?withRequirements=true").header("Authorization", a.bearer()))
                .andExpect(status().isOk());
        activate(a, "projects").andExpect(status().isOk());
        activate(a, "stock").andExpect(status().isOk());
        mvc.perform(get("/api/v1/contracts").header("Authorization", a.bearer())).andExpect(status().isOk());
        MockHttpSession session = signIn(a.owner().email(), a);
        for (String module : MODULES) {
            mvc.perform(get("/t/" + a.slug() + "/" + module).session(session)).andExpect(status().isOk());
        }
    }

    @Test
    void deactivatingKeepsTheTenantsDataAndReactivatingFindsItAgain() throws Exception {
        TestTenant a = tenants.create("Alpha");
        activate(a, "contracts").andExpect(status().isOk());
        createContract(a, "C-100", "Boiler maintenance");

        mvc.perform(delete("/api/v1/modules/contracts/activation").header("Authorization", a.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/v1/contracts").header("Authorization", a.bearer())).andExpect(status().isNotFound());

        activate(a, "contracts").andExpect(status().isOk());
        mvc.perform(get("/api/v1/contracts").header("Authorization", a.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].reference").value("C-100"));
    }

    @Test
    void tenantBCannotReadTenantAsContracts() throws Exception {
        TestTenant a = tenants.create("Alpha");
        TestTenant b = tenants.create("Beta");
        activate(a, "contracts");
        activate(b, "contracts");
        createContract(a, "C-7", "Alpha only");
        mvc.perform(get("/api/v1/contracts").header("Authorization", b.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.count.value").value(0));
    }

    @Test
    void activatingAmcWithoutContractsIsRefusedNamingContracts() throws Exception {
        TestTenant a = tenants.create("Alpha");
        activate(a, "amc")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "module-dependency-missing"))
                .andExpect(jsonPath("$.module").value("amc"))
                .andExpect(jsonPath("$.modules[0]").value("contracts"))
                .andExpect(jsonPath("$.detail").value(containsString("Contracts")));
        assertThat(guard.isActive(a.id(), "amc")).as("a refused activation changes nothing").isFalse();
    }

    @Test
    void activatingWithRequirementsActivatesContractsFirst() throws Exception {
        TestTenant a = tenants.create("Alpha");
        mvc.perform(put("/api/v1/modules/amc/activation?withRequirements=true").header("Authorization", a.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(true));
        assertThat(guard.activeModules(a.id())).containsExactlyInAnyOrder("amc", "contracts");
    }

    @Test
    void contractsCannotBeDeactivatedUnderAnActiveAmc() throws Exception {
        TestTenant a = tenants.create("Alpha");
        mvc.perform(put("/api/v1/modules/amc/activation?withRequirements=true").header("Authorization", a.bearer()));
        mvc.perform(delete("/api/v1/modules/contracts/activation").header("Authorization", a.bearer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "module-required-by-active"))
                .andExpect(jsonPath("$.modules[0]").value("amc"));
    }

    @Test
    void deactivatingContractsUnderAnActiveAmcFromTheSetupPageSaysWhyAndChangesNothing() throws Exception {
        TestTenant a = tenants.create("Alpha");
        mvc.perform(put("/api/v1/modules/amc/activation?withRequirements=true").header("Authorization", a.bearer()));
        MockHttpSession session = signIn(a.owner().email(), a);

        org.springframework.web.servlet.FlashMap flash = mvc.perform(post("/t/" + a.slug()
                        + "/setup/modules/contracts/deactivation").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap();
        mvc.perform(get("/t/" + a.slug() + "/setup/modules").session(session).flashAttrs(flash))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"module-refusal\"")))
                .andExpect(content().string(not(containsString("activate-with-requirements"))));
        assertThat(guard.activeModules(a.id())).as("modules still active").containsExactlyInAnyOrder("amc", "contracts");
    }

    @Test
    void aMemberCannotActivateOrDeactivateModules() throws Exception {
        TestTenant a = tenants.create("Alpha");
        mvc.perform(put("/api/v1/modules/contracts/activation").header("Authorization", a.memberBearer()))
                .andExpect(status().isForbidden());
        activate(a, "contracts");
        mvc.perform(delete("/api/v1/modules/contracts/activation").header("Authorization", a.memberBearer()))
                .andExpect(status().isForbidden());
        assertThat(guard.isActive(a.id(), "contracts")).isTrue();
    }

    @Test
    void anActiveModulesPermissionsApplyToItsEndpointsByRole() throws Exception {
        TestTenant a = tenants.create("Alpha");
        activate(a, "contracts");
        String contract = "{\"reference\": \"C-1\", \"title\": \"Support\", \"partyId\": "
                + Customers.create(mvc, a, "Support customer") + "}";
        mvc.perform(post("/api/v1/contracts").header("Authorization", a.memberBearer())
                        .contentType(MediaType.APPLICATION_JSON).content(contract))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/contracts").header("Authorization", a.memberBearer()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/contracts").header("Authorization", a.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(contract))
                .andExpect(status().isCreated());
    }

    @Test
    void anUnknownModuleIsNotFound() throws Exception {
        TestTenant a = tenants.create("Alpha");
        activate(a, "payroll").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "not-found"));
    }

    @Test
    void activationAppliesDefaultSettingsAndPermissionsAndIsAudited() throws Exception {
        TestTenant a = tenants.create("Alpha");
        TestTenant b = tenants.create("Beta");
        activate(a, "contracts");
        mvc.perform(delete("/api/v1/modules/contracts/activation").header("Authorization", a.bearer()));
        activate(a, "contracts");

        JdbcTemplate owner = new JdbcTemplate(ownerDataSource);
        assertThat(owner.queryForObject("select value from tenant_module_setting where tenant_id = ? "
                + "and setting_key = 'contracts.default-term-months'", String.class, a.id())).isEqualTo("12");
        assertThat(owner.queryForList("select role from module_permission_grant where tenant_id = ? "
                + "and permission = 'contracts:write' order by role", String.class, a.id()))
                .containsExactly("ADMIN", "OWNER");
        assertThat(owner.queryForList("select action || ' by ' || actor_email from module_activation_audit "
                + "where tenant_id = ? order by occurred_at, id", String.class, a.id()))
                .containsExactly("ACTIVATED by " + a.owner().email(), "DEACTIVATED by " + a.owner().email(),
                        "ACTIVATED by " + a.owner().email());
        assertThat(owner.queryForObject("select count(*) from module_activation_audit where tenant_id = ?",
                Integer.class, b.id())).as("nothing recorded for the tenant that did nothing").isZero();
    }

    @Test
    void anAdminReadsWhoChangedWhichModuleAndATenantOnlyItsOwnHistory() throws Exception {
        TestTenant a = tenants.create("Alpha");
        TestTenant b = tenants.create("Beta");
        activate(a, "contracts");
        mvc.perform(delete("/api/v1/modules/contracts/activation").header("Authorization", a.bearer()));

        mvc.perform(get("/api/v1/modules/history").header("Authorization", a.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].module").value("contracts"))
                .andExpect(jsonPath("$[0].action").value("DEACTIVATED"))
                .andExpect(jsonPath("$[1].action").value("ACTIVATED"))
                .andExpect(jsonPath("$[1].actorEmail").value(a.owner().email()));
        mvc.perform(get("/api/v1/modules/history").header("Authorization", b.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/modules/history").header("Authorization", a.memberBearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTenantSeesOnlyItsOwnActivations() throws Exception {
        TestTenant a = tenants.create("Alpha");
        TestTenant b = tenants.create("Beta");
        activate(a, "stock");
        mvc.perform(get("/api/v1/modules").header("Authorization", b.bearer()))
                .andExpect(jsonPath("$[?(@.key == 'stock')].active").value(false));
        assertThat(guard.activeModules(b.id())).isEmpty();
    }

    @Test
    void jobsAskTheGuardForTheirTenant() {
        TestTenant a = tenants.create("Alpha");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> guard.requireActive(a.id(), "projects"))
                .isInstanceOf(ModuleNotActiveException.class)
                .hasMessageContaining("Projects");
    }

    @Test
    void aModulePageOfAnInactiveModuleShowsAFriendlyPageWithAnActivateLinkForAdmins() throws Exception {
        TestTenant a = tenants.create("Alpha");
        mvc.perform(get("/t/" + a.slug() + "/contracts").session(signIn(a.owner().email(), a)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Contracts is not active")))
                .andExpect(content().string(containsString("id=\"activate-link\"")));
        mvc.perform(get("/t/" + a.slug() + "/contracts").session(signIn(a.member().email(), a)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Ask an administrator")))
                .andExpect(content().string(not(containsString("id=\"activate-link\""))));
    }

    @Test
    void aModuleMenuEntryAppearsOnlyOnceTheModuleIsActive() throws Exception {
        TestTenant a = tenants.create("Alpha");
        MockHttpSession session = signIn(a.owner().email(), a);
        setupPage(a, session).andExpect(content().string(not(containsString("data-menu=\"projects\""))));
        mvc.perform(post("/t/" + a.slug() + "/setup/modules/projects/activation").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/t/" + a.slug() + "/projects").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-menu=\"projects\"")))
                .andExpect(content().string(containsString("not available yet")));
    }

    @Test
    void aMemberCannotActivateFromTheSetupPage() throws Exception {
        TestTenant a = tenants.create("Alpha");
        MockHttpSession session = signIn(a.member().email(), a);
        setupPage(a, session)
                .andExpect(content().string(containsString("modules-read-only")))
                .andExpect(content().string(not(containsString("id=\"activate-contracts\""))));
        mvc.perform(post("/t/" + a.slug() + "/setup/modules/contracts/activation").session(session).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(guard.isActive(a.id(), "contracts")).isFalse();
    }

    @Test
    void healthSaysWhereActivationsAreReadFrom() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    private org.springframework.test.web.servlet.ResultActions activate(TestTenant tenant, String module)
            throws Exception {
        return mvc.perform(put("/api/v1/modules/" + module + "/activation").header("Authorization", tenant.bearer()));
    }

    private org.springframework.test.web.servlet.ResultActions setupPage(TestTenant tenant, MockHttpSession session)
            throws Exception {
        return mvc.perform(get("/t/" + tenant.slug() + "/setup/modules").session(session)).andExpect(status().isOk());
    }

    private void createContract(TestTenant tenant, String reference, String title) throws Exception {
        mvc.perform(post("/api/v1/contracts").header("Authorization", tenant.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\":\"" + reference + "\",\"title\":\"" + title + "\",\"partyId\":"
                                + Customers.create(mvc, tenant, title + " customer") + "}"))
                .andExpect(status().isCreated());
    }

    private MockHttpSession signIn(String email, TestTenant tenant) throws Exception {
        return (MockHttpSession) mvc.perform(post("/t/" + tenant.slug() + "/login").with(csrf())
                        .param("email", email).param("password", TestTenant.PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
