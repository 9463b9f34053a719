package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The contracts' list in a real Chromium: a header sorts it (and says so to a screen reader), the pager walks it a
 * page at a time, the search box and the tag filter narrow it, the count following, and the column chooser keeps
 * the columns the user ticked; on a phone nothing is wider than the screen.
 */
@ResourceLock("browser")
@PlatformTest
class ContractListBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Autowired
    MockMvc mvc;

    @Test
    void aHeaderSortsThePagerWalksAndTheSearchAndTagNarrowTheList() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        TestTenant acme = tenants.create("Acme");
        String bearer = acme.bearer();
        mvc.perform(put("/api/v1/modules/contracts/activation").header("Authorization", bearer))
                .andExpect(status().is2xxSuccessful());
        long party = id(json(post("/api/v1/third-parties"), bearer,
                "{\"kind\": \"COMPANY\", \"name\": \"Saint-Roch SARL\", \"salesRelation\": \"CUSTOMER\"}"));
        long north = id(json(post("/api/v1/tags"), bearer, "{\"name\": \"North\", \"colour\": \"green\"}"));
        for (int i = 1; i <= 30; i++) {
            long contract = id(json(post("/api/v1/contracts"), bearer, """
                    {"reference": "C-%02d", "title": "%s", "partyId": %d, "startDate": "2026-%02d-01"}"""
                    .formatted(i, i % 3 == 0 ? "Ovens" : "Fridges", party, (i % 12) + 1)));
            if (i % 10 == 0) {
                mvc.perform(put("/api/v1/contracts/" + contract + "/tags").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"tagIds\": [" + north + "]}"))
                        .andExpect(status().isOk());
            }
        }

        try (Browser owner = Browser.open(port)) {
            owner.driver().manage().window().setSize(new Dimension(1366, 900));
            owner.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD);
            owner.go("/t/" + acme.slug() + "/contracts");
            assertThat(owner.text(By.id("list-count"))).isEqualTo("30 contracts");
            assertThat(references(owner)).hasSize(25).startsWith("C-01", "C-02");
            assertThat(header(owner, "reference").getAttribute("aria-sort")).isEqualTo("ascending");
            screenshot(owner, "contracts-list-1366");

            owner.click(By.id("next-page"));
            owner.await(driver -> references(owner).size() == 5);
            assertThat(references(owner)).containsExactly("C-26", "C-27", "C-28", "C-29", "C-30");
            owner.click(By.id("previous-page"));
            owner.await(driver -> references(owner).size() == 25);
            assertThat(references(owner).getFirst()).isEqualTo("C-01");

            owner.click(By.cssSelector("a[data-sort=reference]"));
            owner.await(driver -> "descending".equals(header(owner, "reference").getAttribute("aria-sort")));
            assertThat(references(owner).getFirst()).isEqualTo("C-30");
            assertThat(owner.text(By.cssSelector("th[aria-sort=descending] .sort-mark"))).isEqualTo("▼");

            owner.type(By.id("q"), "ovens");
            new Select(owner.driver().findElement(By.id("tag"))).selectByVisibleText("North");
            owner.click(By.id("search"));
            owner.await(driver -> references(owner).size() == 1);
            assertThat(references(owner)).containsExactly("C-30");
            assertThat(owner.text(By.id("list-count"))).isEqualTo("1 contract");
            assertThat(owner.text(By.cssSelector("#contracts tbody .tag"))).isEqualTo("North");
            assertThat(owner.contentSecurityPolicyViolations()).as("refusals in the console").isEmpty();

            owner.go("/t/" + acme.slug() + "/contracts?q=SAINT+ROCH&tag=" + north);
            assertThat(references(owner)).as("the customer Saint-Roch's, punctuation and case aside")
                    .containsExactly("C-10", "C-20", "C-30");

            owner.click(By.cssSelector("#column-chooser summary")).click(By.id("column-title"))
                    .click(By.id("column-createdBy"));
            screenshot(owner, "contracts-column-chooser-1366");
            owner.clickAndWaitFor(By.id("save-columns"), "q=SAINT");
            assertThat(owner.text(By.id("list-notice"))).isEqualTo("Your columns are saved.");
            assertThat(owner.text(By.cssSelector("#contracts thead"))).contains("Customer")
                    .doesNotContain("Title").doesNotContain("Registered by");
            assertThat(references(owner)).containsExactly("C-10", "C-20", "C-30");

            owner.phone(390, 844).go("/t/" + acme.slug() + "/contracts?tag=" + north);
            owner.click(By.cssSelector("#column-chooser summary")).click(By.cssSelector("#export-picker summary"));
            assertThat(owner.elementsWiderThanTheViewport()).as("elements wider than a 390 px screen").isEmpty();
            screenshot(owner, "contracts-list-390");
        }
    }

    private static WebElement header(Browser browser, String key) {
        return browser.driver().findElement(By.cssSelector("a[data-sort=" + key + "]")).findElement(By.xpath(".."));
    }

    /** The references the list shows; none while the next page is loading. */
    private static List<String> references(Browser browser) {
        try {
            return browser.driver().findElements(By.cssSelector("#contracts tbody td a")).stream()
                    .map(WebElement::getText).toList();
        } catch (StaleElementReferenceException loading) {
            return List.of();
        }
    }

    private String json(MockHttpServletRequestBuilder request, String bearer, String body) throws Exception {
        return mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** A screenshot for a person to look at (target/screenshots). */
    private static void screenshot(Browser browser, String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"),
                ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }
}
