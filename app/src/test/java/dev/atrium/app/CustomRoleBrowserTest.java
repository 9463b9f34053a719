package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium, an owner makes a role without the right to delete on Setup → Roles and gives it to a
 * colleague on Setup → Users; the colleague then finds no archive button on a third party's page, is told on the
 * page who can grant the right when they go there anyway, and the API refuses them the same.
 */
@PlatformTest
class CustomRoleBrowserTest {

    /** Set (to a directory) to keep screenshots of the pages at a desktop's and a phone's width. */
    private static final String SCREENSHOTS = System.getProperty("atrium.screenshots");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Test
    void aCustomRoleWithoutDeleteCannotDeleteAThirdPartyOnThePageNorThroughTheApi() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        TestTenant acme = tenants.create("Acme");
        String base = "/t/" + acme.slug();
        HttpResponse<String> created = api(acme.bearer(), "POST", "/api/v1/third-parties",
                "{\"kind\":\"COMPANY\",\"name\":\"Boulangerie Martin\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long party = ((Number) JsonPath.read(created.body(), "$.id")).longValue();

        try (Browser owner = Browser.open(port)) {
            owner.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD);
            owner.go(base + "/setup/roles").type(By.id("role-name"), "Sales assistant")
                    .click(By.id("right-thirdparty-create")).click(By.id("right-thirdparty-edit"))
                    .clickAndWaitFor(By.id("create-role"), "/setup/roles/SALES_ASSISTANT");
            assertThat(owner.text(By.id("role-notice"))).contains("Sales assistant");
            assertThat(owner.driver().findElement(By.id("right-thirdparty-delete")).isSelected())
                    .as("the new role's delete right").isFalse();
            screenshots(owner, "roles-edit");
            owner.go(base + "/setup/roles");
            screenshots(owner, "roles");

            owner.go(base + "/setup/users");
            long member = acme.member().userId();
            new Select(owner.driver().findElement(By.id("role-" + member))).selectByVisibleText("Sales assistant");
            owner.click(By.id("change-role-" + member));
            assertThat(owner.text(By.id("user-notice"))).contains("is now Sales assistant");
        }

        try (Browser colleague = Browser.open(port)) {
            colleague.signIn(acme.slug(), acme.member().email(), TestTenant.PASSWORD);
            colleague.go(base + "/third-parties/" + party);
            assertThat(colleague.text(By.tagName("h1"))).isEqualTo("Boulangerie Martin");
            assertThat(colleague.driver().findElements(By.id("edit"))).as("the edit button").hasSize(1);
            assertThat(colleague.driver().getPageSource()).as("the page of a role without delete")
                    .doesNotContain("id=\"archive\"");

            colleague.go(base + "/third-parties");
            assertThat(colleague.driver().getPageSource()).as("the list of a role without delete")
                    .contains("Boulangerie Martin").doesNotContain("id=\"archive-selected\"");

            colleague.go(base + "/third-parties/" + party + "/archive");
            assertThat(colleague.text(By.tagName("h1"))).isEqualTo("Missing right");
            assertThat(colleague.text(By.id("refusal-detail")))
                    .contains("Archive and restore third parties").contains("Acme Owner");
            screenshots(colleague, "refused");
            assertThat(colleague.contentSecurityPolicyViolations()).as("refusals in the console").isEmpty();
        }

        HttpResponse<String> refused = api(acme.memberBearer(), "POST",
                "/api/v1/third-parties/" + party + "/archive", null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat((String) JsonPath.read(refused.body(), "$.right")).isEqualTo("thirdparty:delete");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> still = api(acme.bearer(), "GET", "/api/v1/third-parties/" + party, null);
        assertThat((String) JsonPath.read(still.body(), "$.status")).as("the third party").isEqualTo("ACTIVE");
    }

    private HttpResponse<String> api(String bearer, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", bearer);
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void screenshots(Browser browser, String name) throws IOException {
        if (SCREENSHOTS == null) {
            return;
        }
        Path directory = Files.createDirectories(Path.of(SCREENSHOTS));
        String page = browser.path();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        browser.go(page);
        Files.write(directory.resolve(name + "-1366.png"),
                ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        browser.phone(390, 844).go(page);
        Files.write(directory.resolve(name + "-390.png"),
                ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver())
                .executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }
}
