package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestMail;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ways to a password of one's own in a real Chromium, with the emails a local SMTP server receives: an owner
 * invites a colleague from Setup > Users, who follows the email's link, chooses a password and signs in; and
 * someone who forgot theirs asks from the sign-in page.
 */
@PlatformTest
class PasswordLinksBrowserTest {

    private static final String CHOSEN = "violet kettle under the stairs";

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Test
    void anInvitedColleagueSetsTheirPasswordFromTheEmailAndSignsIn() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        TestTenant acme = tenants.create("Acme");
        String base = "/t/" + acme.slug();
        String email = "colleague@" + acme.slug() + ".test";
        try (Browser owner = Browser.open(port)) {
            owner.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD);
            owner.go(base + "/setup/users").type(By.id("invite-email"), email).type(By.id("invite-name"), "Chloé Colleague")
                    .click(By.id("invite"));
            assertThat(owner.text(By.id("user-notice"))).contains("invitation is on its way to " + email);
            assertThat(owner.driver().getPageSource()).contains("Send the invitation again");
        }

        String link = TestMail.lastPasswordLinkTo(email);
        try (Browser colleague = Browser.open(port)) {
            colleague.go(link);
            assertThat(colleague.text(By.tagName("h1"))).contains("choose your password");
            colleague.type(By.id("password"), "aaaaaaaaaaaa").type(By.id("confirmation"), "aaaaaaaaaaaa")
                    .click(By.id("set-password"));
            assertThat(colleague.text(By.id("password-errors"))).contains("must not repeat one character");

            colleague.type(By.id("password"), CHOSEN).type(By.id("confirmation"), CHOSEN)
                    .clickAndWaitFor(By.id("set-password"), "passwordSet");
            assertThat(colleague.text(By.id("password-set"))).contains("Your password is set");
            colleague.signIn(acme.slug(), email, CHOSEN);
            assertThat(colleague.path()).as("signed in with the chosen password").isEqualTo(base + "/");

            colleague.go(link);
            assertThat(colleague.text(By.id("link-unusable"))).isEqualTo("This link no longer works");
            assertThat(colleague.contentSecurityPolicyViolations()).as("refusals in the console").isEmpty();
        }
    }

    @Test
    void someoneWhoForgotTheirPasswordAsksFromTheSignInPageAndChoosesANewOne() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        TestTenant acme = tenants.create("Acme");
        String member = acme.member().email();
        try (Browser browser = Browser.open(port)) {
            browser.go("/t/" + acme.slug() + "/login").clickAndWaitFor(By.id("forgot-password-link"), "/forgot");
            browser.type(By.id("email"), member).clickAndWaitFor(By.id("send-reset"), "sent");
            assertThat(browser.text(By.id("reset-sent"))).startsWith("If an account exists for that address");

            TestMail.awaitTo(member, 1);
            browser.go(TestMail.lastPasswordLinkTo(member));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Choose a new password");
            browser.type(By.id("password"), CHOSEN).type(By.id("confirmation"), CHOSEN)
                    .clickAndWaitFor(By.id("set-password"), "passwordSet");

            browser.signIn(acme.slug(), member, TestTenant.PASSWORD);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
            assertThat(browser.path()).as("the old password no longer signs in").contains("error");
            browser.signIn(acme.slug(), member, CHOSEN);
            assertThat(browser.path()).isEqualTo("/t/" + acme.slug() + "/");
            assertThat(browser.contentSecurityPolicyViolations()).as("refusals in the console").isEmpty();
        }
    }
}
