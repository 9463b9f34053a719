package dev.atrium.app.module;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A module's rights on the company's roles, in the assembled application with the real contracts archive: its first
 * activation gives them to the built-in roles it names, the company may then take one away or grant it to a role of
 * its own, and a reactivation keeps what the company made of them.
 */
@PlatformTest
class ModuleRightsOnRolesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Test
    void aModulesRightsAreTheCompanysToGrantOnceItIsActivated() throws Exception {
        TestTenant acme = tenants.create("Acme");
        call(acme.bearer(), put("/api/v1/modules/contracts/activation")).andExpect(status().isOk());
        call(acme.bearer(), get("/api/v1/roles/MEMBER"))
                .andExpect(jsonPath("$.rights", hasItem("contracts:read")))
                .andExpect(jsonPath("$.rights", not(hasItem("contracts:write"))));
        call(acme.bearer(), get("/api/v1/roles/rights"))
                .andExpect(jsonPath("$[?(@.feature == 'contracts')].rights[*].name", hasItem("See contracts")));
        call(acme.memberBearer(), get("/api/v1/contracts")).andExpect(status().isOk());

        call(acme.bearer(), put("/api/v1/roles/MEMBER").contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "Member", "rights": ["thirdparty:read"]}""")).andExpect(status().isOk());
        call(acme.memberBearer(), get("/api/v1/contracts")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/missing-right"))
                .andExpect(jsonPath("$.right").value("contracts:read"))
                .andExpect(jsonPath("$.rightName").value("See contracts"));

        call(acme.bearer(), delete("/api/v1/modules/contracts/activation")).andExpect(status().isOk());
        call(acme.bearer(), put("/api/v1/modules/contracts/activation")).andExpect(status().isOk());
        call(acme.bearer(), get("/api/v1/roles/MEMBER"))
                .andExpect(jsonPath("$.rights", not(hasItem("contracts:read"))));

        call(acme.bearer(), post("/api/v1/roles")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "Contract reader", "rights": ["contracts:read"]}""")).andExpect(status().isCreated());
        call(acme.bearer(), put("/api/v1/users/" + acme.member().userId() + "/role")
                .contentType(MediaType.APPLICATION_JSON).content("{\"role\": \"CONTRACT_READER\"}"))
                .andExpect(status().isOk());
        call(acme.memberBearer(), get("/api/v1/contracts")).andExpect(status().isOk());
        call(acme.memberBearer(), get("/api/v1/third-parties")).andExpect(status().isForbidden());
    }

    private ResultActions call(String bearer, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", bearer));
    }
}
