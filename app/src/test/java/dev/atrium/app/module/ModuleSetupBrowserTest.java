package dev.atrium.app.module;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.module.ModuleGuard;
import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Setup > Modules in a real browser: htmx, CSRF, the menu, and who may switch modules. */
@ResourceLock("browser")
@PlatformTest
class ModuleSetupBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Autowired
    ModuleGuard guard;

    /** One Chromium for the class: starting one costs more than the tests themselves. */
    private static Browser shared;

    private Browser browser;

    @BeforeEach
    void freshBrowserSession() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        if (shared == null) {
            shared = Browser.open(port);
        }
        shared.driver().manage().deleteAllCookies();
        browser = shared;
    }

    @AfterAll
    static void closeBrowser() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    @Test
    void anAdminActivatesAModuleOnTheSetupPageAndItsMenuEntryAppears() {
        TestTenant acme = tenants.create("Acme");
        browser.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD)
                .go("/t/" + acme.slug() + "/setup/modules");
        assertThat(browser.driver().getPageSource()).doesNotContain("data-menu=\"projects\"");

        browser.click(By.id("activate-projects"));

        waitForState(browser, "projects", "Active");
        assertThat(browser.text(By.cssSelector("a[data-menu=projects]"))).isEqualTo("Projects");
        browser.click(By.cssSelector("a[data-menu=projects]"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Projects");
        assertThat(guard.isActive(acme.id(), "projects")).isTrue();
    }

    /** htmx swaps the page in place: wait for the swap rather than reading the old page. */
    private static void waitForState(Browser browser, String module, String state) {
        browser.await(ExpectedConditions.textToBe(By.cssSelector("#module-" + module + " .state"), state));
    }

    @Test
    void theSetupPageOffersToActivateWhatAModuleRequires() {
        TestTenant acme = tenants.create("Acme");
        browser.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD)
                .go("/t/" + acme.slug() + "/setup/modules")
                .click(By.id("activate-amc"));
        assertThat(browser.text(By.id("module-refusal"))).contains("requires Contracts");

        browser.click(By.id("activate-with-requirements-amc"));

        waitForState(browser, "amc", "Active");
        assertThat(browser.text(By.cssSelector("#module-contracts .state"))).isEqualTo("Active");
    }

    @Test
    void deactivatingAModuleOthersRequireSaysWhichWithJavaScriptOn() {
        TestTenant acme = tenants.create("Acme");
        browser.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD)
                .go("/t/" + acme.slug() + "/setup/modules")
                .click(By.id("activate-amc"))
                .click(By.id("activate-with-requirements-amc"));
        waitForState(browser, "amc", "Active");

        browser.click(By.id("deactivate-contracts"));
        org.openqa.selenium.Alert question = browser.await(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).as("deactivating asks first").contains("Deactivate Contracts?");
        question.accept();

        browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("module-refusal")));
        assertThat(browser.text(By.id("module-refusal"))).as("the refusal names the module requiring it")
                .contains("Maintenance (AMC)");
        assertThat(guard.isActive(acme.id(), "contracts")).isTrue();
    }

    @Test
    void aFailedHtmxRequestSaysSoAtTheTopOfThePageWithItsReference() {
        TestTenant acme = tenants.create("Acme");
        browser.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD)
                .go("/t/" + acme.slug() + "/setup/modules");

        // A request the server refuses: htmx swaps nothing, so without the handler the page would not change.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "htmx.ajax('POST', arguments[0], {target: 'main'});",
                "/t/" + acme.slug() + "/setup/modules/no-such-module/activation");

        browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("request-failure")));
        assertThat(browser.text(By.id("request-failure"))).as("what failed, and what to tell support")
                .contains("did not work").contains("the server answered 404").containsPattern("reference \\S{8,}");
    }

    @Test
    void aMemberSeesTheModulesButCannotActivateThem() {
        TestTenant acme = tenants.create("Acme");
        browser.signIn(acme.slug(), acme.member().email(), TestTenant.PASSWORD)
                .go("/t/" + acme.slug() + "/setup/modules");
        assertThat(browser.text(By.cssSelector("#module-contracts .state"))).isEqualTo("Not active");
        assertThat(browser.driver().getPageSource()).doesNotContain("id=\"activate-contracts\"");
        assertThat(browser.text(By.id("modules-read-only"))).contains("administrators");

        browser.go("/t/" + acme.slug() + "/contracts");
        assertThat(browser.driver().getPageSource()).as("the page a member gets for an inactive module")
                .contains("id=\"module-not-active\"");
        assertThat(browser.text(By.id("module-not-active"))).contains("Contracts");
        assertThat(browser.driver().getPageSource()).doesNotContain("id=\"activate-link\"");
        assertThat(guard.isActive(acme.id(), "contracts")).isFalse();
    }
}
