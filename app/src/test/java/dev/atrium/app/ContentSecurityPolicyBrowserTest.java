package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main pages under the Content-Security-Policy in a real Chromium: each
 * renders and works (htmx included), and the console shows no refusal.
 */
@ResourceLock("browser")
@PlatformTest
class ContentSecurityPolicyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Test
    void theTenantsPagesWorkAndBreakNoRuleOfThePolicy() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        TestTenant acme = tenants.create("Acme");
        String base = "/t/" + acme.slug();
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            assertThat(browser.text(By.tagName("h1"))).isNotBlank();
            browser.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD);
            assertThat(browser.path()).as("signed in, a new company's owner is asked for its settings first")
                    .isEqualTo(base + "/setup/company/welcome");
            browser.go(base + "/setup/company");

            browser.go(base + "/third-parties/new").type(By.id("name"), "Initech")
                    .click(By.cssSelector("#third-party-form button[type=submit]"));
            assertThat(browser.text(By.tagName("h1"))).contains("Initech");
            browser.go(base + "/third-parties");
            assertThat(browser.driver().getPageSource()).contains("Initech");

            browser.go(base + "/setup/users");
            browser.go(base + "/profile/tokens");
            browser.go(base + "/profile/password");
            browser.go(base + "/no-such-page");

            // Setup > Modules swaps itself in place with htmx: the swap must happen under the policy.
            browser.go(base + "/setup/modules").click(By.id("activate-contracts"));
            browser.await(ExpectedConditions.textToBe(By.cssSelector("#module-contracts .state"), "Active"));
            browser.click(By.cssSelector("a[data-menu=contracts]"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Contracts");

            assertThat(browser.contentSecurityPolicyViolations()).as("refusals in the console").isEmpty();
        }
    }

    @Test
    void swaggerUiRendersTheApiUnderItsPolicy() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        try (Browser browser = Browser.open(port)) {
            browser.go("/swagger-ui.html");
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));
            assertThat(browser.driver().getPageSource()).contains("/api/v1/third-parties");

            assertThat(browser.contentSecurityPolicyViolations()).as("refusals in the console").isEmpty();
        }
    }
}
