package dev.atrium.core.identity;

import dev.atrium.core.identity.user.NewUser;
import dev.atrium.core.identity.user.PasswordPolicy;
import dev.atrium.core.identity.user.UserService;
import dev.atrium.core.principal.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.core.tenant.TenantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PlatformTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantService tenantService;

    @Autowired
    UserService users;

    @Test
    void ownerSignsInOnTheTenantsPageAndLandsOnItsHome() throws Exception {
        TestTenant acme = tenants.create("Acme");
        MvcResult result = mvc.perform(post("/t/" + acme.slug() + "/login").with(csrf())
                        .param("email", acme.owner().email()).param("password", TestTenant.PASSWORD))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        // The first visit asks for the unconfirmed company settings; "later" is home.
        mvc.perform(get("/t/" + acme.slug() + "/").session(session))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/setup/company/welcome"));
        mvc.perform(get("/t/" + acme.slug() + "/").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Acme")));
    }

    @Test
    void theRightPasswordOnAnotherTenantsPageDoesNotSignIn() throws Exception {
        TestTenant acme = tenants.create("Acme");
        TestTenant globex = tenants.create("Globex");
        mvc.perform(post("/t/" + globex.slug() + "/login").with(csrf())
                        .param("email", acme.owner().email()).param("password", TestTenant.PASSWORD))
                .andExpect(redirectedUrl("/t/" + globex.slug() + "/login?error"));
    }

    @Test
    void aSignedInUserCannotOpenAnotherTenantsPages() throws Exception {
        TestTenant acme = tenants.create("Acme");
        TestTenant globex = tenants.create("Globex");
        MockHttpSession session = signIn(acme);
        mvc.perform(get("/t/" + globex.slug() + "/").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/t/" + globex.slug() + "/profile/tokens").session(session))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesRedirectStrangersToTheTenantsSignInPage() throws Exception {
        mvc.perform(get("/t/some-company/profile/tokens")).andExpect(redirectedUrl("/t/some-company/login"));
    }

    @Test
    void theCompanysHostNameLeadsToItsSignInPage() throws Exception {
        TestTenant acme = tenants.create("Acme");
        mvc.perform(get("/").with(request -> {
                    request.setServerName(acme.slug() + ".localhost");
                    return request;
                }))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theCompanyAddressFormLeadsToItsSignInPageAndSaysWhenNoneMatches() throws Exception {
        TestTenant acme = tenants.create("Acme");
        mvc.perform(post("/login").with(csrf()).param("company", acme.slug().toUpperCase()))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login"));
        mvc.perform(post("/login").with(csrf()).param("company", "no-such-company"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("No company uses that address")));
    }

    @Test
    void anUnknownCompanyHasNoSignInPage() throws Exception {
        mvc.perform(get("/t/no-such-company/login")).andExpect(status().isNotFound());
    }

    @Test
    void suspendedTenantsUsersAreRefusedWithAClearMessage() throws Exception {
        TestTenant acme = tenants.create("Acme");
        MockHttpSession session = signIn(acme);
        tenantService.suspend(acme.id());

        mvc.perform(post("/t/" + acme.slug() + "/login").with(csrf())
                        .param("email", acme.owner().email()).param("password", TestTenant.PASSWORD))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login?suspended"));
        mvc.perform(get("/t/" + acme.slug() + "/").session(session))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login?suspended"));
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", acme.bearer()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/tenant-suspended"));
    }

    @Test
    void anApiTokenIsShownOnceAndWorksUntilRevoked() throws Exception {
        TestTenant acme = tenants.create("Acme");
        String body = mvc.perform(post("/api/v1/me/tokens").header("Authorization", acme.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"export\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String secret = body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
        String id = body.replaceAll(".*\"id\":(\\d+).*", "$1");
        assertThat(secret).as("a new token's secret").startsWith("atr_");

        mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(secret))));
        mvc.perform(delete("/api/v1/me/tokens/" + id).header("Authorization", acme.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/invalid-token"));
    }

    @Test
    void aTenantCannotRevokeAnotherTenantsToken() throws Exception {
        TestTenant acme = tenants.create("Acme");
        TestTenant globex = tenants.create("Globex");
        String acmeTokens = mvc.perform(get("/api/v1/me/tokens").header("Authorization", acme.bearer()))
                .andReturn().getResponse().getContentAsString();
        String acmeTokenId = acmeTokens.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        mvc.perform(delete("/api/v1/me/tokens/" + acmeTokenId).header("Authorization", globex.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/not-found"));
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", acme.bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void anApiCallWithoutTokenGetsAProblemNotALoginPage() throws Exception {
        mvc.perform(get("/api/v1/me/tokens"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aPasswordOfExactlySeventyTwoBytesSignsInButNothingLongerThatStartsWithIt() throws Exception {
        TestTenant acme = tenants.create("Acme");
        String longest = ("seventy-two-bytes-" + "lark-vine-".repeat(6)).substring(0, PasswordPolicy.MAX_BYTES);
        assertThat(longest.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(PasswordPolicy.MAX_BYTES);
        users.create(acme.id(), new NewUser("long@" + acme.slug() + ".test", "Long Password", longest, Role.MEMBER));

        mvc.perform(post("/t/" + acme.slug() + "/login").with(csrf())
                        .param("email", "long@" + acme.slug() + ".test").param("password", longest + "anything"))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login?error"));
        mvc.perform(post("/t/" + acme.slug() + "/login").with(csrf())
                        .param("email", "long@" + acme.slug() + ".test").param("password", longest))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/"));
    }

    private MockHttpSession signIn(TestTenant tenant) throws Exception {
        return (MockHttpSession) mvc.perform(post("/t/" + tenant.slug() + "/login").with(csrf())
                        .param("email", tenant.owner().email()).param("password", TestTenant.PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
