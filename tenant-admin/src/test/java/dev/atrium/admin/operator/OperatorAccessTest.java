package dev.atrium.admin.operator;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.admin.test.AdminTest;
import dev.atrium.admin.test.TestOperator;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Operators and tenant users each have their own way in, and neither opens the other's door. */
@AdminTest
class OperatorAccessTest {

    private static final String TENANTS_API = "/admin/api/v1/tenants";
    private static final String UNAUTHENTICATED = "https://atrium.dev/problems/unauthenticated";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    Operators operators;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theOperatorApiWithoutCredentialsIsA401Problem() throws Exception {
        mvc.perform(get(TENANTS_API))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Atrium operators\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(UNAUTHENTICATED));
    }

    @Test
    void aWrongOperatorPasswordIsA401Problem() throws Exception {
        mvc.perform(get(TENANTS_API).with(httpBasic(TestOperator.EMAIL, "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(UNAUTHENTICATED));
    }

    @Test
    void anOperatorPasswordCountsEveryByteBeyondTheSeventyTwoBCryptReads() throws Exception {
        String email = "long-password@operators.test";
        String longest = "operator-72-bytes-" + "y".repeat(72 - 18);
        operators.ensure(email, longest);
        try {
            mvc.perform(get(TENANTS_API).with(httpBasic(email, longest + "-and-more")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value(UNAUTHENTICATED));
            mvc.perform(get(TENANTS_API).with(httpBasic(email, longest))).andExpect(status().isOk());
        } finally {
            // Other tests count the operators: leave only the one they expect.
            jdbc.update("delete from operator where email = ?", email);
        }
    }

    @Test
    void theOperatorApiNeedsNoCsrfTokenAndCreatesNoSession() throws Exception {
        mvc.perform(post(TENANTS_API + "/987654321/suspend").with(TestOperator.basic()))
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void aTenantUsersApiTokenDoesNotOpenTheOperatorApi() throws Exception {
        TestTenant acme = tenants.create("Acme");
        mvc.perform(get(TENANTS_API).header("Authorization", acme.bearer()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(UNAUTHENTICATED));
    }

    @Test
    void aTenantOwnersPasswordDoesNotOpenTheOperatorApi() throws Exception {
        TestTenant acme = tenants.create("Acme");
        mvc.perform(get(TENANTS_API).with(httpBasic(acme.owner().email(), TestTenant.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aSignedInTenantUserIsSentToTheOperatorSignInPage() throws Exception {
        TestTenant acme = tenants.create("Acme");
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/t/" + acme.slug() + "/login").with(csrf())
                        .param("email", acme.owner().email()).param("password", TestTenant.PASSWORD))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/"))
                .andReturn().getRequest().getSession();

        mvc.perform(get("/admin/tenants").session(session)).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(post("/admin/tenants/" + acme.id() + "/suspend").with(csrf()).session(session))
                .andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    void aTenantOwnerCannotSignInAsAnOperator() throws Exception {
        TestTenant acme = tenants.create("Acme");
        mvc.perform(post("/admin/login").with(csrf())
                        .param("email", acme.owner().email()).param("password", TestTenant.PASSWORD))
                .andExpect(redirectedUrl("/admin/login?error"));
    }

    @Test
    void operatorCredentialsDoNotOpenTheTenantApi() throws Exception {
        mvc.perform(get("/api/v1/me/tokens").with(TestOperator.basic()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(UNAUTHENTICATED));
    }

    @Test
    void aSignedInOperatorIsNotSignedInToAnyTenant() throws Exception {
        TestTenant acme = tenants.create("Acme");
        MockHttpSession session = TestOperator.signIn(mvc);

        mvc.perform(get("/admin/tenants").session(session)).andExpect(status().isOk());
        mvc.perform(get("/t/" + acme.slug() + "/").session(session))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login"));
        mvc.perform(get("/t/" + acme.slug() + "/profile/tokens").session(session))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login"));
    }

    @Test
    void anOperatorSignsInOnTheConsolePageAndLandsOnTheTenantList() throws Exception {
        mvc.perform(get("/admin/tenants")).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/login")).andExpect(status().isOk());

        MockHttpSession session = TestOperator.signIn(mvc);
        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/tenants"));
        mvc.perform(get("/admin/tenants").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(TestOperator.EMAIL)));
    }

    @Test
    void theConsoleSignInRefusesAFormWithoutCsrfToken() throws Exception {
        mvc.perform(post("/admin/login").param("email", TestOperator.EMAIL).param("password", TestOperator.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void signingOutEndsTheOperatorSession() throws Exception {
        MockHttpSession session = TestOperator.signIn(mvc);
        mvc.perform(post("/admin/logout").with(csrf()).session(session))
                .andExpect(redirectedUrl("/admin/login?logout"));
        mvc.perform(get("/admin/tenants").session(session)).andExpect(redirectedUrl("/admin/login"));
    }
}
