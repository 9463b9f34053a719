package dev.atrium.plugin.testkit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.module.InstalledModules;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a module's test does with the host: make tenants (an owner and a member, each with an API token), switch
 * the module on for them, make the customers its rows refer to, and call the module's API and pages as those
 * users. Fails the host's start, with the loader's reason, when the module under test did not install.
 *
 * <pre>{@code
 * TestTenant acme = kit.tenantUsingTheModule("Acme");
 * long customer = kit.customer(acme, "Boulangerie Martin");
 * kit.api(acme, get("/api/v1/contracts")).andExpect(status().isOk());
 * MockHttpSession owner = kit.signIn(acme);
 * kit.page(owner, get("/t/" + acme.slug() + "/contracts")).andExpect(status().isOk());
 * kit.api(acme, post(...)).andExpect(ModuleTestKit.problem(409, "contract-line-transition-refused"));
 * }</pre>
 */
@Component
public class ModuleTestKit implements SmartInitializingSingleton {

    static final String MODULE_PROPERTY = "atrium.test.module-under-test";
    private static final String PROBLEMS = "https://atrium.dev/problems/";

    private final MockMvc mvc;
    private final TestTenants tenants;
    private final InstalledModules installed;
    private final String moduleKey;
    private final List<String> required;

    ModuleTestKit(MockMvc mvc, TestTenants tenants, InstalledModules installed, Environment environment) {
        this.mvc = mvc;
        this.tenants = tenants;
        this.installed = installed;
        this.moduleKey = environment.getRequiredProperty(MODULE_PROPERTY);
        this.required = ModuleUnderTest.of(java.nio.file.Path.of(System.getProperty("basedir", ".")))
                .map(ModuleUnderTest::required).orElse(List.of());
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> missing = new ArrayList<>(required);
        missing.add(moduleKey);
        missing.removeIf(key -> installed.find(key).isPresent());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The module under test did not install: " + missing + " missing; the "
                    + "loader skipped " + installed.skipped());
        }
    }

    /** The key of the module under test. */
    public String moduleKey() {
        return moduleKey;
    }

    /** A new tenant with no module active. */
    public TestTenant tenant(String name) {
        return tenants.create(name);
    }

    /** A new tenant with the module under test active, and before it the modules it requires. */
    public TestTenant tenantUsingTheModule(String name) throws Exception {
        TestTenant tenant = tenants.create(name);
        for (String key : required) {
            activate(tenant, key);
        }
        activate(tenant, moduleKey);
        return tenant;
    }

    /** Switches {@code key} on for {@code tenant} through the host's API, as its owner would. */
    public void activate(TestTenant tenant, String key) throws Exception {
        mvc.perform(put("/api/v1/modules/" + key + "/activation").header("Authorization", tenant.bearer()))
                .andExpect(status().isOk());
    }

    /** A new active customer of {@code tenant}, made through the core's API; its id. */
    public long customer(TestTenant tenant, String name) throws Exception {
        return thirdParty(tenant, name, "CUSTOMER");
    }

    /** A new third party with the given sales relation (CUSTOMER, PROSPECT or NONE); its id. */
    public long thirdParty(TestTenant tenant, String name, String salesRelation) throws Exception {
        String body = mvc.perform(post("/api/v1/third-parties").header("Authorization", tenant.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "COMPANY", "name": "%s", "salesRelation": "%s",
                                 "addresses": [{"kind": "BILLING", "line1": "1 Quai Est", "city": "Lyon", "country": "FR"}]}
                                """.formatted(name, salesRelation)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** {@code request} with the tenant owner's API token. */
    public ResultActions api(TestTenant tenant, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", tenant.bearer()));
    }

    /** {@code request} with the tenant member's API token: a user without the owner's and admins' permissions. */
    public ResultActions apiAsMember(TestTenant tenant, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", tenant.memberBearer()));
    }

    /** The owner signed in on the tenant's sign-in page: a page session. */
    public MockHttpSession signIn(TestTenant tenant) throws Exception {
        return (MockHttpSession) mvc.perform(post("/t/" + tenant.slug() + "/login").with(csrf())
                        .param("email", tenant.owner().email()).param("password", TestTenant.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn().getRequest().getSession();
    }

    /** {@code request} in the signed-in {@code session}, with the CSRF token a page's form carries. */
    public ResultActions page(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session).with(csrf()));
    }

    /** The response is a problem+json of {@code status} whose type ends in {@code type}. */
    public static ResultMatcher problem(int status, String type) {
        return all(status().is(status), content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.type").value(PROBLEMS + type));
    }

    /** A 400 problem+json naming {@code field} among its field errors. */
    public static ResultMatcher fieldError(String field) {
        return all(problem(400, "validation-failed"),
                jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem(field)));
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }

    public MockMvc mvc() {
        return mvc;
    }
}
