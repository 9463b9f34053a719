package dev.atrium.core.identity;

import static dev.atrium.core.identity.UserApi.API;
import static dev.atrium.core.identity.UserApi.PASSWORD;
import static dev.atrium.core.identity.UserApi.role;
import static dev.atrium.core.identity.UserApi.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PlatformTest
class UserAdministrationTest {

    private static final String PROBLEMS = "https://atrium.dev/problems/";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    UserApi api;

    TestTenant acme;
    String owner;

    @BeforeEach
    void aTenantWithAnOwnerAndAMember() {
        acme = tenants.create("Acme");
        owner = acme.bearer();
    }

    @Test
    void anOwnerAddsAColleagueWhoIsListedAndCanSignIn() throws Exception {
        api.post(owner, API, user("Nora@Acme.test", "ADMIN"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("nora@acme.test"))
                .andExpect(jsonPath("$.role").value("ADMIN"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.createdAt", notNullValue()));

        api.get(owner, API)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[*].email", hasItem("nora@acme.test")))
                .andExpect(jsonPath("$[0].displayName", notNullValue()))
                .andExpect(content().string(not(containsString("passwordHash"))));
        api.signIn(acme, "nora@acme.test", PASSWORD).andExpect(redirectedUrl("/t/" + acme.slug() + "/"));
    }

    @Test
    void anEmailAlreadyInTheTenantIsRefusedWhateverItsCase() throws Exception {
        refused(api.post(owner, API, user(acme.member().email().toUpperCase(), "MEMBER")), "user-email-taken");
        api.get(owner, API).andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    void anOwnerChangesARoleDisablesEnablesAndSetsAPassword() throws Exception {
        long id = acme.member().userId();
        String one = API + "/" + id;
        api.put(owner, one + "/role", role("ADMIN")).andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("ADMIN"));

        api.post(owner, one + "/disable").andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        api.signIn(acme, acme.member().email(), TestTenant.PASSWORD)
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login?disabled"));

        api.post(owner, one + "/enable").andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
        api.signIn(acme, acme.member().email(), TestTenant.PASSWORD)
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/"));

        api.post(owner, one + "/password", "{\"password\":\"a-brand-new-secret\"}").andExpect(status().isNoContent());
        api.signIn(acme, acme.member().email(), TestTenant.PASSWORD)
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login?error"));
        api.signIn(acme, acme.member().email(), "a-brand-new-secret")
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/"));
    }

    @Test
    void anAdminManagesMembersButCannotTouchAnOwner() throws Exception {
        String admin = api.colleague(acme, "admin@acme.test", "ADMIN").bearer();
        String theOwner = API + "/" + acme.owner().userId();

        refused(api.post(admin, API, user("second-owner@acme.test", "OWNER")), "owner-required");
        refused(api.put(admin, API + "/" + acme.member().userId() + "/role", role("OWNER")), "owner-required");
        refused(api.put(admin, theOwner + "/role", role("MEMBER")), "owner-required");
        refused(api.post(admin, theOwner + "/disable"), "owner-required");
        refused(api.post(admin, theOwner + "/enable"), "owner-required");
        refused(api.post(admin, theOwner + "/password", "{\"password\":\"taking-over-now\"}"), "owner-required");
        api.get(owner, API).andExpect(jsonPath("$[?(@.role == 'OWNER')]", hasSize(1)))
                .andExpect(jsonPath("$[*].email", not(hasItem("second-owner@acme.test"))));
        api.signIn(acme, acme.owner().email(), TestTenant.PASSWORD).andExpect(redirectedUrl("/t/" + acme.slug() + "/"));

        api.post(admin, API, user("hired@acme.test", "MEMBER")).andExpect(status().isCreated());
        api.put(admin, API + "/" + acme.member().userId() + "/role", role("ADMIN")).andExpect(status().isOk());
        api.post(admin, API + "/" + acme.member().userId() + "/disable").andExpect(status().isOk());
    }

    @Test
    void theLastEnabledOwnerCanBeNeitherDemotedNorDisabled() throws Exception {
        String firstOwner = API + "/" + acme.owner().userId();
        String secondOwner = API + "/" + api.add(acme, "second@acme.test", "OWNER");
        api.post(owner, secondOwner + "/disable").andExpect(status().isOk());
        refused(api.put(owner, firstOwner + "/role", role("ADMIN")), "last-owner")
                .andExpect(jsonPath("$.detail", containsString("last enabled owner")));

        UserApi.Colleague third = api.colleague(acme, "third@acme.test", "OWNER");
        api.post(third.bearer(), firstOwner + "/disable").andExpect(status().isOk());
        refused(api.put(third.bearer(), API + "/" + third.id() + "/role", role("MEMBER")), "last-owner");
        refused(api.get(owner, API), "invalid-token", 401);

        api.post(third.bearer(), secondOwner + "/enable").andExpect(status().isOk());
        api.put(third.bearer(), secondOwner + "/role", role("MEMBER")).andExpect(status().isOk());
        api.get(third.bearer(), API).andExpect(jsonPath("$[?(@.role == 'OWNER' && @.enabled == true)]", hasSize(1)));
    }

    @Test
    void nobodyDisablesThemselvesEvenWithAnotherOwnerLeft() throws Exception {
        api.add(acme, "second@acme.test", "OWNER");
        refused(api.post(owner, API + "/" + acme.owner().userId() + "/disable"), "user-self-disable");
        UserApi.Colleague admin = api.colleague(acme, "admin@acme.test", "ADMIN");
        refused(api.post(admin.bearer(), API + "/" + admin.id() + "/disable"), "user-self-disable");
    }

    @Test
    void aMemberIsForbiddenEveryEndpoint() throws Exception {
        String member = acme.memberBearer();
        String one = API + "/" + acme.member().userId();
        forbidden(api.get(member, API));
        forbidden(api.post(member, API, user("sneaky@acme.test", "MEMBER")));
        forbidden(api.put(member, one + "/role", role("OWNER")));
        forbidden(api.post(member, API + "/" + acme.owner().userId() + "/disable"));
        forbidden(api.post(member, one + "/enable"));
        forbidden(api.post(member, API + "/" + acme.owner().userId() + "/password", "{\"password\":\"taking-over-now\"}"));
        api.get(owner, API).andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[?(@.role == 'MEMBER')]", hasSize(1)));
    }

    @Test
    void aDisabledUsersTokenAndSessionAreRefusedAtTheirNextRequest() throws Exception {
        MockHttpSession session = api.session(acme, acme.member().email(), TestTenant.PASSWORD);
        mvc.perform(get("/t/" + acme.slug() + "/").session(session)).andExpect(status().isOk());
        api.get(acme.memberBearer(), "/api/v1/me/tokens").andExpect(status().isOk());

        api.post(owner, API + "/" + acme.member().userId() + "/disable").andExpect(status().isOk());

        api.get(acme.memberBearer(), "/api/v1/me/tokens").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-token"));
        mvc.perform(get("/t/" + acme.slug() + "/").session(session))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login?disabled"));
        mvc.perform(get("/t/" + acme.slug() + "/").session(session))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login"));
    }

    @Test
    void aDemotedAdminLosesSetupRightsAtTheirNextRequest() throws Exception {
        UserApi.Colleague colleague = api.colleague(acme, "admin@acme.test", "ADMIN");
        String admin = colleague.bearer();
        long adminId = colleague.id();
        MockHttpSession session = api.session(acme, "admin@acme.test", PASSWORD);
        String setup = "/t/" + acme.slug() + "/setup/users";
        mvc.perform(get(setup).session(session)).andExpect(status().isOk());
        api.get(admin, API).andExpect(status().isOk());

        api.put(owner, API + "/" + adminId + "/role", role("MEMBER")).andExpect(status().isOk());

        forbidden(api.get(admin, API));
        mvc.perform(get(setup).session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/t/" + acme.slug() + "/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-menu=\"setup-users\""))));

        api.put(owner, API + "/" + adminId + "/role", role("ADMIN")).andExpect(status().isOk());
        mvc.perform(get(setup).session(session)).andExpect(status().isOk());
    }

    @Test
    void anotherTenantsAdminFindsNoneOfThisTenantsUsers() throws Exception {
        TestTenant globex = tenants.create("Globex");
        String intruder = globex.bearer();
        for (long id : new long[] {acme.owner().userId(), acme.member().userId()}) {
            String one = API + "/" + id;
            notFound(api.put(intruder, one + "/role", role("MEMBER")));
            notFound(api.post(intruder, one + "/disable"));
            notFound(api.post(intruder, one + "/enable"));
            notFound(api.post(intruder, one + "/password", "{\"password\":\"taking-over-now\"}"));
        }
        api.get(intruder, API).andExpect(jsonPath("$", hasSize(2)))
                .andExpect(content().string(not(containsString(acme.slug()))));
        api.get(owner, API).andExpect(jsonPath("$[?(@.enabled == true)]", hasSize(2)))
                .andExpect(jsonPath("$[?(@.role == 'OWNER')]", hasSize(1)));
        api.signIn(acme, acme.member().email(), TestTenant.PASSWORD).andExpect(redirectedUrl("/t/" + acme.slug() + "/"));
    }

    private static ResultActions refused(ResultActions response, String type) throws Exception {
        return refused(response, type, 409);
    }

    private static ResultActions refused(ResultActions response, String type, int status) throws Exception {
        return response.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + type));
    }

    /** Refused for the right to manage users, which the refusal names. */
    private static void forbidden(ResultActions response) throws Exception {
        refused(response, "missing-right", 403).andExpect(jsonPath("$.right").value("setup:users"));
    }

    private static void notFound(ResultActions response) throws Exception {
        refused(response, "not-found", 404);
    }
}
