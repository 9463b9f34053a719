package dev.atrium.admin.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.atrium.admin.test.AdminTest;
import dev.atrium.admin.test.TestOperator;
import dev.atrium.core.test.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

@ResourceLock("browser")
@AdminTest
class TenantConsoleBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anOperatorCreatesATenantSeesItActiveThenSuspendsItOnceConfirmed() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        NewTenantJson tenant = NewTenantJson.valid();
        By row = By.id("tenant-" + tenant.slug());
        try (Browser browser = Browser.open(port)) {
            browser.go("/admin/tenants");
            assertThat(browser.path()).as("where a stranger lands").isEqualTo("/admin/login");
            browser.type(By.id("email"), TestOperator.EMAIL).type(By.id("password"), TestOperator.PASSWORD)
                    .click(By.cssSelector("button[type=submit]"));
            assertThat(browser.path()).as("where the operator lands").isEqualTo("/admin/tenants");

            browser.click(By.id("new-tenant")).click(By.cssSelector("main button[type=submit]"));
            assertThat(browser.text(By.id("form-errors"))).as("the summary of an empty form's errors")
                    .contains("Slug", "Company name", "Owner's email", "Owner's password");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage("focus on the error summary")
                    .until(driver -> "form-errors".equals(driver.switchTo().activeElement().getAttribute("id")));

            browser
                    .type(By.id("slug"), tenant.slug())
                    .type(By.id("name"), "Browser Made Ltd")
                    .type(By.id("ownerName"), "Bea Owner")
                    .type(By.id("ownerEmail"), tenant.ownerEmail())
                    .type(By.id("ownerPassword"), tenant.ownerPassword())
                    .click(By.cssSelector("main button[type=submit]"));

            assertThat(browser.text(By.cssSelector("[role=status]"))).contains(tenant.slug() + " created");
            assertThat(browser.text(row)).contains("Browser Made Ltd");
            assertThat(browser.text(By.cssSelector("#tenant-" + tenant.slug() + " .status"))).isEqualTo("active");

            browser.click(By.cssSelector("#tenant-" + tenant.slug() + " a.suspend"));
            assertThat(browser.text(By.id("consequences"))).as("what the confirmation says").contains(tenant.slug());
            browser.click(By.cssSelector("button[name=confirmed]"));
            assertThat(browser.text(By.cssSelector("#tenant-" + tenant.slug() + " .status")))
                    .as("status after suspending").isEqualTo("suspended");
            assertThat(browser.contentSecurityPolicyViolations())
                    .as("the Content-Security-Policy's refusals in the console").isEmpty();
        }
    }
}
