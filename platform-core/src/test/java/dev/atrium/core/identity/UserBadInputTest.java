package dev.atrium.core.identity;

import static dev.atrium.core.identity.UserApi.API;
import static dev.atrium.core.test.Problems.invalid;
import static dev.atrium.core.test.Problems.malformed;
import static dev.atrium.core.test.Problems.problem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad input on every endpoint: a 4xx problem naming what is wrong, never a 5xx, and nothing written. */
@PlatformTest
class UserBadInputTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    UserApi api;

    TestTenant acme;
    String owner;
    String member;

    @BeforeEach
    void aTenantWithAnOwnerAndAMember() {
        acme = tenants.create("Acme");
        owner = acme.bearer();
        member = API + "/" + acme.member().userId();
    }

    @AfterEach
    void nothingWasWritten() throws Exception {
        api.get(owner, API).andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[?(@.role == 'MEMBER' && @.enabled == true)]", hasSize(1)));
        api.signIn(acme, acme.member().email(), TestTenant.PASSWORD)
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/"));
    }

    @Test
    void malformedJsonIsABadRequestOnEveryEndpointWithABody() throws Exception {
        String broken = "{\"email\": ";
        malformed(api.post(owner, API, broken));
        malformed(api.put(owner, member + "/role", broken));
        malformed(api.post(owner, member + "/password", broken));
        malformed(api.post(owner, API, ""));
        malformed(api.put(owner, member + "/role", ""));
    }

    @Test
    void missingFieldsAreNamed() throws Exception {
        for (String field : new String[] {"email", "displayName", "role", "password"}) {
            invalid(api.post(owner, API, "{}"), field);
        }
        invalid(api.put(owner, member + "/role", "{}"), "role");
        invalid(api.post(owner, member + "/password", "{}"), "password");
        invalid(api.post(owner, API, "{\"email\":\"  \",\"displayName\":\"\",\"role\":\"MEMBER\","
                + "\"password\":\"long-enough-pass\"}"), "displayName");
    }

    @Test
    void wrongTypesAndUnknownRolesAreNamedNotFailed() throws Exception {
        invalid(api.post(owner, API, "{\"email\":[\"a@b.test\"],\"displayName\":\"A\",\"role\":\"MEMBER\","
                + "\"password\":\"long-enough-pass\"}"), "email");
        invalid(api.post(owner, API, "{\"email\":\"a@b.test\",\"displayName\":{\"first\":\"A\"},\"role\":\"MEMBER\","
                + "\"password\":\"long-enough-pass\"}"), "displayName");
        invalid(api.post(owner, API, UserApi.user("god@acme.test", "GOD")), "role")
                .andExpect(jsonPath("$.errors[0].message").value("is not one of this company's roles"));
        invalid(api.put(owner, member + "/role", UserApi.role("SUPERUSER")), "role");
        invalid(api.put(owner, member + "/role", "{\"role\":[\"OWNER\"]}"), "role");
        invalid(api.post(owner, member + "/password", "{\"password\":[\"x\"]}"), "password");
    }

    @Test
    void oversizeShortAndBadlyFormattedValuesAreNamed() throws Exception {
        invalid(api.post(owner, API, UserApi.user("x".repeat(250) + "@acme.test", "MEMBER")), "email");
        invalid(api.post(owner, API, UserApi.user("not-an-email@", "MEMBER").replace("not-an-email@", "no at sign")),
                "email");
        invalid(api.post(owner, API, "{\"email\":\"long@acme.test\",\"displayName\":\"" + "n".repeat(201)
                + "\",\"role\":\"MEMBER\",\"password\":\"long-enough-pass\"}"), "displayName");
        invalid(api.post(owner, API, "{\"email\":\"short@acme.test\",\"displayName\":\"Short\",\"role\":\"MEMBER\","
                + "\"password\":\"too-short\"}"), "password");
        invalid(api.post(owner, API, "{\"email\":\"huge@acme.test\",\"displayName\":\"Huge\",\"role\":\"MEMBER\","
                + "\"password\":\"" + "p".repeat(73) + "\"}"), "password");
        // 40 characters, but 80 bytes: more than BCrypt takes.
        invalid(api.post(owner, API, "{\"email\":\"accents@acme.test\",\"displayName\":\"Accents\",\"role\":\"MEMBER\","
                + "\"password\":\"" + "é".repeat(40) + "\"}"), "password");
        invalid(api.post(owner, member + "/password", "{\"password\":\"short\"}"), "password");
        invalid(api.post(owner, member + "/password", "{\"password\":\"" + "é".repeat(40) + "\"}"), "password");
    }

    @Test
    void unknownIdsAreNotFoundAndMalformedIdsAreBadRequests() throws Exception {
        String ghost = API + "/999999999999";
        problem(api.put(owner, ghost + "/role", UserApi.role("ADMIN")), 404);
        problem(api.post(owner, ghost + "/disable"), 404);
        problem(api.post(owner, ghost + "/enable"), 404);
        problem(api.post(owner, ghost + "/password", "{\"password\":\"long-enough-pass\"}"), 404);
        problem(api.put(owner, API + "/abc/role", UserApi.role("ADMIN")), 400);
        problem(api.post(owner, API + "/1e99/disable"), 400);
        problem(api.post(owner, API + "/abc/password", "{\"password\":\"long-enough-pass\"}"), 400);
    }
}
