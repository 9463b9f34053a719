package dev.atrium.core.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A deployment without SMTP: an invitation is refused with a reason, and the page says why it offers none. */
@PlatformTest
@TestPropertySource(properties = "atrium.test.mail=false")
class InvitationsWithoutMailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    UserApi api;

    @Test
    void anInvitationIsRefusedAndNobodyIsCreated() throws Exception {
        TestTenant acme = tenants.create("Acme");
        String email = "nomail@" + acme.slug() + ".test";
        api.post(acme.bearer(), "/api/v1/users/invitations",
                        "{\"email\":\"" + email + "\",\"displayName\":\"No Mail\",\"role\":\"MEMBER\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/mail-not-configured"))
                .andExpect(jsonPath("$.detail", containsString("sends no email")));
        api.get(acme.bearer(), "/api/v1/users").andExpect(content().string(not(containsString(email))));
    }

    @Test
    void theUsersPageSaysMailIsOffAndOffersNoInvitation() throws Exception {
        TestTenant acme = tenants.create("Acme");
        PageSession.owner(mvc, acme).get("/t/" + acme.slug() + "/setup/users")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"mail-off\"")))
                .andExpect(content().string(not(containsString("id=\"invite-user\""))));
    }
}
