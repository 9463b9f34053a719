package dev.atrium.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestMail;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.core.tenancy.TenantSessions;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.ResultActions;

/** Invitations and "Forgot password?" through their pages and API, with the emails a local SMTP server receives. */
@PlatformTest
class PasswordLinksFlowTest {

    private static final String CHOSEN = "violet kettle under the stairs";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    UserApi api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager platformTransactions;

    private TransactionTemplate transactions;

    @org.junit.jupiter.api.BeforeEach
    void transactions() {
        transactions = new TransactionTemplate(platformTransactions);
    }

    @Test
    void anInvitedColleagueChoosesTheirPasswordFromTheEmailAndSignsIn() throws Exception {
        TestTenant acme = tenants.create("Acme");
        String email = "ines@" + acme.slug() + ".test";
        api.post(acme.bearer(), "/api/v1/users/invitations",
                        "{\"email\":\"" + email + "\",\"displayName\":\"Inès Invited\",\"role\":\"MEMBER\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value(email));

        List<MimeMessage> received = TestMail.to(email);
        assertThat(received).as("one invitation email").hasSize(1);
        assertThat(received.getFirst().getSubject()).contains("Acme");
        String link = TestMail.lastPasswordLinkTo(email);
        assertThat(link).as("the link names the company's path").startsWith("/t/" + acme.slug() + "/password/");
        signIn(acme, email, "").andExpect(redirectedUrl("/t/" + acme.slug() + "/login?error"));

        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("choose your password")));
        choose(link, CHOSEN, CHOSEN).andExpect(redirectedUrl("/t/" + acme.slug() + "/login?passwordSet"));

        signIn(acme, email, CHOSEN).andExpect(redirectedUrl("/t/" + acme.slug() + "/"));
        mvc.perform(get(link)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link no longer works")));
        choose(link, "another fine passphrase", "another fine passphrase").andExpect(status().isNotFound());
        signIn(acme, email, "another fine passphrase")
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login?error"));
    }

    @Test
    void aWeakPasswordIsRefusedWithItsReasonAndTheLinkStillWorks() throws Exception {
        TestTenant acme = tenants.create("Acme");
        String email = "weak@" + acme.slug() + ".test";
        invite(acme, email);
        String link = TestMail.lastPasswordLinkTo(email);

        choose(link, "aaaaaaaaaaaa", "aaaaaaaaaaaa").andExpect(status().isOk())
                .andExpect(content().string(containsString("must not repeat one character")));
        choose(link, "123456789012", "123456789012").andExpect(status().isOk())
                .andExpect(content().string(containsString("consecutive")));
        choose(link, "weak@" + acme.slug() + ".test!", "weak@" + acme.slug() + ".test!")
                .andExpect(content().string(containsString("must not contain your email")));
        choose(link, "iloveyou2024!", "iloveyou2024!")
                .andExpect(content().string(containsString("most common passwords")));
        choose(link, CHOSEN, "something else").andExpect(content().string(containsString("differ")));

        choose(link, CHOSEN, CHOSEN).andExpect(redirectedUrl("/t/" + acme.slug() + "/login?passwordSet"));
    }

    @Test
    void aMismatchedConfirmationIsReportedWithThePasswordsFaultsInOneRound() throws Exception {
        TestTenant acme = tenants.create("Acme");
        String email = "hasty@" + acme.slug() + ".test";
        invite(acme, email);
        String link = TestMail.lastPasswordLinkTo(email);

        choose(link, "aaaaaaaaa", "aaaaaaaab").andExpect(status().isOk())
                .andExpect(content().string(containsString("differ")))
                .andExpect(content().string(containsString("must be at least 12 characters long")))
                .andExpect(content().string(containsString("must not repeat one character")));
        choose(link, CHOSEN, "something else").andExpect(status().isOk())
                .andExpect(content().string(containsString("differ")))
                .andExpect(content().string(not(containsString("password-errors\""))));

        choose(link, CHOSEN, CHOSEN).andExpect(redirectedUrl("/t/" + acme.slug() + "/login?passwordSet"));
    }

    @Test
    void theApiNamesEveryReasonAPasswordIsRefusedFor() throws Exception {
        TestTenant acme = tenants.create("Acme");
        String body = api.post(acme.bearer(), "/api/v1/users", "{\"email\":\"sunny@" + acme.slug()
                        + ".test\",\"displayName\":\"Sunny\",\"role\":\"MEMBER\",\"password\":\"sunshine\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/validation-failed"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.reasons")).containsExactly("TOO_SHORT", "COMMON");
        assertThat(JsonPath.<List<String>>read(body, "$.errors[*].field")).containsOnly("password");
        assertThat(JsonPath.<List<String>>read(body, "$.errors[*].message"))
                .contains("must be at least 12 characters long");

        api.put(acme.bearer(), "/api/v1/me/password", "{\"currentPassword\":\"" + TestTenant.PASSWORD
                        + "\",\"newPassword\":\"" + TestTenant.PASSWORD + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasons[0]").value("UNCHANGED"));
        api.post(acme.bearer(), "/api/v1/users/" + acme.member().userId() + "/password",
                        "{\"password\":\"" + acme.member().email() + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasons", hasItem("EMAIL")));
    }

    @Test
    void anExpiredOrUnknownLinkAndAnotherCompanysLinkShowTheUnusableLinkPage() throws Exception {
        TestTenant acme = tenants.create("Acme");
        TestTenant globex = tenants.create("Globex");
        String email = "moved@" + acme.slug() + ".test";
        invite(acme, email);
        String link = TestMail.lastPasswordLinkTo(email);
        String secret = link.substring(link.lastIndexOf('/') + 1);

        mvc.perform(get("/t/" + globex.slug() + "/password/" + secret)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Ask for a new link")));
        choose("/t/" + globex.slug() + "/password/" + secret, CHOSEN, CHOSEN).andExpect(status().isNotFound());
        mvc.perform(get("/t/" + acme.slug() + "/password/" + "x".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/t/" + acme.slug() + "/password/not-a-secret")).andExpect(status().isNotFound());

        // Sent again, the first link stops working: the same page as an expired one.
        api.post(acme.bearer(), "/api/v1/users/" + userId(acme, email) + "/invitation")
                .andExpect(status().isNoContent());
        mvc.perform(get(link)).andExpect(status().isNotFound());
        String newer = TestMail.lastPasswordLinkTo(email);
        assertThat(newer).isNotEqualTo(link);
        choose(newer, CHOSEN, CHOSEN).andExpect(redirectedUrl("/t/" + acme.slug() + "/login?passwordSet"));
        api.post(acme.bearer(), "/api/v1/users/" + userId(acme, email) + "/invitation")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/invitation-accepted"));
    }

    @Test
    void anExpiredInvitationShowsTheUnusableLinkPage() throws Exception {
        TestTenant acme = tenants.create("Acme");
        String email = "late@" + acme.slug() + ".test";
        invite(acme, email);
        String link = TestMail.lastPasswordLinkTo(email);
        mvc.perform(get(link)).andExpect(status().isOk());

        // As if 73 hours had passed since it was sent.
        long userId = userId(acme, email);
        transactions.executeWithoutResult(transaction -> {
            TenantSessions.bind(jdbc, acme.id());
            jdbc.update("""
                    update password_link set created_at = now() - interval '73 hours',
                                             expires_at = now() - interval '1 hour'
                    where tenant_id = ? and user_id = ?""", acme.id(), userId);
        });

        mvc.perform(get(link)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link no longer works")))
                .andExpect(content().string(containsString("/t/" + acme.slug() + "/password/forgot")));
        choose(link, CHOSEN, CHOSEN).andExpect(status().isNotFound());
    }

    @Test
    void forgotPasswordAnswersTheSameForAnyEmailAndMailsOnlyAnExistingAccount() throws Exception {
        TestTenant acme = tenants.create("Acme");
        String stranger = "nobody@" + acme.slug() + ".test";
        String member = acme.member().email();

        MockHttpServletResponse unknown = forgot(acme, stranger).andReturn().getResponse();
        MockHttpServletResponse known = forgot(acme, member).andReturn().getResponse();

        assertThat(known.getStatus()).isEqualTo(unknown.getStatus()).isEqualTo(302);
        assertThat(known.getRedirectedUrl()).isEqualTo(unknown.getRedirectedUrl())
                .isEqualTo("/t/" + acme.slug() + "/password/forgot?sent");
        assertThat(known.getContentAsString()).isEqualTo(unknown.getContentAsString());
        mvc.perform(get(known.getRedirectedUrl())).andExpect(status().isOk())
                .andExpect(content().string(containsString("If an account exists for that address")));

        // Both requests are handled in order on one thread: once the second one's email is in, the first is done.
        TestMail.awaitTo(member, 1);
        assertThat(TestMail.to(member)).as("the member's reset link").hasSize(1);
        assertThat(TestMail.to(stranger)).as("nothing to an address without an account").isEmpty();
        assertThat(TestMail.toDomain(acme.slug() + ".test")).as("one email to the company's addresses in all")
                .hasSize(1);
        assertThat(GreenMailUtil.getBody(TestMail.to(member).getFirst())).contains("one hour");
    }

    @Test
    void aResetLinkSetsANewPasswordAndRevokesTheUsersTokens() throws Exception {
        TestTenant acme = tenants.create("Acme");
        String member = acme.member().email();
        api.get(acme.memberBearer(), "/api/v1/me/tokens").andExpect(status().isOk());

        forgot(acme, member).andExpect(status().isFound());
        TestMail.awaitTo(member, 1);
        String link = TestMail.lastPasswordLinkTo(member);
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("API tokens are revoked")));
        choose(link, CHOSEN, CHOSEN).andExpect(redirectedUrl("/t/" + acme.slug() + "/login?passwordSet"));

        api.get(acme.memberBearer(), "/api/v1/me/tokens").andExpect(status().isUnauthorized());
        signIn(acme, member, TestTenant.PASSWORD).andExpect(redirectedUrl("/t/" + acme.slug() + "/login?error"));
        signIn(acme, member, CHOSEN).andExpect(redirectedUrl("/t/" + acme.slug() + "/"));
        choose(link, "yet another passphrase", "yet another passphrase").andExpect(status().isNotFound());
    }

    @Test
    void aDisabledUserIsToldSoOnlyWithTheRightPassword() throws Exception {
        TestTenant acme = tenants.create("Acme");
        api.post(acme.bearer(), "/api/v1/users/" + acme.member().userId() + "/disable").andExpect(status().isOk());

        signIn(acme, acme.member().email(), "not the password at all")
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login?error"));
        signIn(acme, acme.member().email(), TestTenant.PASSWORD)
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/login?disabled"));
        mvc.perform(get("/t/" + acme.slug() + "/login?disabled"))
                .andExpect(content().string(containsString("Your account is disabled")));
    }

    @Test
    void disablingAUserRevokesTheirLink() throws Exception {
        TestTenant acme = tenants.create("Acme");
        String email = "gone@" + acme.slug() + ".test";
        invite(acme, email);
        String link = TestMail.lastPasswordLinkTo(email);

        api.post(acme.bearer(), "/api/v1/users/" + userId(acme, email) + "/disable").andExpect(status().isOk());

        mvc.perform(get(link)).andExpect(status().isNotFound());
        api.post(acme.bearer(), "/api/v1/users/" + userId(acme, email) + "/invitation")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/user-disabled"));
    }

    @Test
    void forgotPasswordRefusesSomethingThatIsNoEmailAddress() throws Exception {
        TestTenant acme = tenants.create("Acme");
        forgot(acme, "not an address").andExpect(status().isOk())
                .andExpect(content().string(containsString("Give an email address")));
        forgot(acme, "a@" + "b".repeat(300)).andExpect(status().isOk());
    }

    private void invite(TestTenant tenant, String email) throws Exception {
        api.post(tenant.bearer(), "/api/v1/users/invitations",
                        "{\"email\":\"" + email + "\",\"displayName\":\"Invited\",\"role\":\"MEMBER\"}")
                .andExpect(status().isCreated());
    }

    private long userId(TestTenant tenant, String email) throws Exception {
        String users = api.get(tenant.bearer(), "/api/v1/users").andReturn().getResponse().getContentAsString();
        return JsonPath.<List<Number>>read(users, "$[?(@.email == '" + email + "')].id").getFirst().longValue();
    }

    private ResultActions choose(String link, String password, String confirmation) throws Exception {
        return mvc.perform(post(link).with(csrf()).param("password", password).param("confirmation", confirmation));
    }

    private ResultActions forgot(TestTenant tenant, String email) throws Exception {
        return mvc.perform(post("/t/" + tenant.slug() + "/password/forgot").with(csrf()).param("email", email));
    }

    private ResultActions signIn(TestTenant tenant, String email, String password) throws Exception {
        return mvc.perform(post("/t/" + tenant.slug() + "/login").with(csrf())
                .param("email", email).param("password", password));
    }
}
