package dev.atrium.admin.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.atrium.admin.test.AdminTest;
import dev.atrium.admin.test.TestOperator;
import dev.atrium.core.test.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

@ResourceLock("browser")
@AdminTest
class TenantConsoleBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anOperatorCreatesATenantSeesItActiveThenSuspendsIt() {
        assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        NewTenantJson tenant = NewTenantJson.valid();
        By row = By.id("tenant-" + tenant.slug());
        try (Browser browser = Browser.open(port)) {
            browser.go("/admin/tenants");
            assertThat(browser.path()).as("where a stranger lands").isEqualTo("/admin/login");
            browser.type(By.id("email"), TestOperator.EMAIL).type(By.id("password"), TestOperator.PASSWORD)
                    .click(By.cssSelector("button[type=submit]"));
            assertThat(browser.path()).as("where the operator lands").isEqualTo("/admin/tenants");

            browser.click(By.id("new-tenant"))
                    .type(By.id("slug"), tenant.slug())
                    .type(By.id("name"), "Browser Made Ltd")
                    .type(By.id("ownerName"), "Bea Owner")
                    .type(By.id("ownerEmail"), tenant.ownerEmail())
                    .type(By.id("ownerPassword"), tenant.ownerPassword())
                    .click(By.cssSelector("main button[type=submit]"));

            assertThat(browser.text(By.cssSelector("[role=status]"))).contains(tenant.slug() + " created");
            assertThat(browser.text(row)).contains("Browser Made Ltd");
            assertThat(browser.text(By.cssSelector("#tenant-" + tenant.slug() + " .status"))).isEqualTo("active");

            browser.click(By.cssSelector("#tenant-" + tenant.slug() + " button[name=suspend]"));
            assertThat(browser.text(By.cssSelector("#tenant-" + tenant.slug() + " .status")))
                    .as("status after suspending").isEqualTo("suspended");
            assertThat(browser.contentSecurityPolicyViolations())
                    .as("the Content-Security-Policy's refusals in the console").isEmpty();
        }
    }
}
