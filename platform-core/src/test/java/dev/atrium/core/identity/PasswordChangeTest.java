package dev.atrium.core.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PlatformTest
class PasswordChangeTest {

    private static final String NEW_PASSWORD = "a-brand-new-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Test
    void aUserChangesTheirPasswordAndTheOldOneNoLongerSignsIn() throws Exception {
        TestTenant acme = tenants.create("Acme");
        changeOwn(acme, TestTenant.PASSWORD, NEW_PASSWORD).andExpect(status().isNoContent());

        signIn(acme, TestTenant.PASSWORD).andExpect(redirectedUrl("/t/" + acme.slug() + "/login?error"));
        signIn(acme, NEW_PASSWORD).andExpect(redirectedUrl("/t/" + acme.slug() + "/"));
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", acme.bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsRefusedNamingTheField() throws Exception {
        TestTenant acme = tenants.create("Acme");
        changeOwn(acme, "not-my-password-at-all", NEW_PASSWORD)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
        changeOwn(acme, TestTenant.PASSWORD, "short")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
        signIn(acme, TestTenant.PASSWORD).andExpect(redirectedUrl("/t/" + acme.slug() + "/"));
    }

    @Test
    void sessionsSignedInBeforeAPasswordChangeEndAtTheirNextRequest() throws Exception {
        TestTenant acme = tenants.create("Acme");
        MockHttpSession before = session(signIn(acme, TestTenant.PASSWORD));
        changeOwn(acme, TestTenant.PASSWORD, NEW_PASSWORD).andExpect(status().isNoContent());

        mvc.perform(get("/t/" + acme.slug() + "/").session(before))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login?passwordChanged"));
        MockHttpSession after = session(signIn(acme, NEW_PASSWORD));
        // Signed in: the first visit of home asks for the unconfirmed company settings.
        mvc.perform(get("/t/" + acme.slug() + "/").session(after))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/setup/company/welcome"));
    }

    @Test
    void onThePageTheChangeSignsOutAndAMismatchedConfirmationIsShownNextToTheField() throws Exception {
        TestTenant acme = tenants.create("Acme");
        MockHttpSession session = session(signIn(acme, TestTenant.PASSWORD));
        String page = "/t/" + acme.slug() + "/profile/password";
        mvc.perform(post(page).session(session).with(csrf()).param("currentPassword", TestTenant.PASSWORD)
                        .param("newPassword", NEW_PASSWORD).param("confirmation", "something-else-entirely"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("does not match the new password")));
        mvc.perform(post(page).session(session).with(csrf()).param("currentPassword", TestTenant.PASSWORD)
                        .param("newPassword", "password").param("confirmation", "passwort"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("does not match the new password")))
                .andExpect(content().string(Matchers.containsString("must be at least 12 characters long")));
        mvc.perform(post(page).session(session).with(csrf()).param("currentPassword", "wrong-password-here")
                        .param("newPassword", NEW_PASSWORD).param("confirmation", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is not your current password")));
        mvc.perform(post(page).session(session).with(csrf()).param("currentPassword", TestTenant.PASSWORD)
                        .param("newPassword", "password").param("confirmation", "password"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("must be at least 12 characters long; "
                        + "is one of the most common passwords")));
        mvc.perform(post(page).session(session).with(csrf()).param("currentPassword", TestTenant.PASSWORD)
                        .param("newPassword", NEW_PASSWORD).param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login?passwordChanged"));
        signIn(acme, NEW_PASSWORD).andExpect(redirectedUrl("/t/" + acme.slug() + "/"));
    }

    @Test
    void aPasswordSetByAnAdministratorEndsTheUsersSessionsAndRevokesTheirTokens() throws Exception {
        TestTenant acme = tenants.create("Acme");
        MockHttpSession memberSession = (MockHttpSession) mvc.perform(post("/t/" + acme.slug() + "/login")
                        .with(csrf()).param("email", acme.member().email()).param("password", TestTenant.PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(post("/api/v1/users/" + acme.member().userId() + "/password")
                        .header("Authorization", acme.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\": \"" + NEW_PASSWORD + "\"}"))
                .andExpect(status().is2xxSuccessful());

        mvc.perform(get("/api/v1/me/tokens").header("Authorization", acme.memberBearer()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/t/" + acme.slug() + "/").session(memberSession))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login?passwordChanged"));
    }

    private ResultActions changeOwn(TestTenant tenant, String current, String next) throws Exception {
        return mvc.perform(put("/api/v1/me/password").header("Authorization", tenant.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\": \"" + current + "\", \"newPassword\": \"" + next + "\"}"));
    }

    private ResultActions signIn(TestTenant tenant, String password) throws Exception {
        return mvc.perform(post("/t/" + tenant.slug() + "/login").with(csrf())
                .param("email", tenant.owner().email()).param("password", password));
    }

    private static MockHttpSession session(ResultActions signIn) {
        return (MockHttpSession) signIn.andReturn().getRequest().getSession();
    }
}
