package dev.atrium.core.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.util.List;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import dev.atrium.core.test.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The third-party list's column chooser: each user's own choice, remembered, refused when it names no column. */
@PlatformTest
class ListColumnsTest {

    static final String API = "/api/v1/me/list-columns/third-parties";
    static final List<String> DEFAULT_HEADERS = List.of("Code", "Name", "Relation", "Email", "Tax id", "Tags",
            "Created");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @LocalServerPort
    int port;

    TestTenant acme;
    String list;

    @BeforeEach
    void newTenant() throws Exception {
        acme = tenants.create("Columns");
        list = "/t/" + acme.slug() + "/third-parties";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/third-parties")
                        .header("Authorization", acme.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "COMPANY", "name": "Saint-Roch Bakery", "salesRelation": "CUSTOMER",
                                 "email": "hello@saint-roch.example", "phone": "+33 1 23 45 67 89"}"""))
                .andExpect(status().isCreated());
    }

    @Test
    void aUsersChosenColumnsAreTheirsAloneAndOutliveTheirSession() throws Exception {
        PageSession member = PageSession.member(mvc, acme);
        member.post(list + "/columns", "columns", "phone", "columns", "code", "action", "save", "back",
                        "?q=bakery&sort=name")
                .andExpect(redirectedUrl(list + "?q=bakery&sort=name"))
                .andExpect(flash().attribute("notice", "partylist.columns.saved"));

        Document again = Jsoup.parse(PageSession.member(mvc, acme).html(list));
        assertThat(headers(again)).as("the member's list in a new session").containsExactly("Code", "Name", "Phone");
        assertThat(again.select("#third-parties td:not(.select)").eachText()).as("the member's row")
                .containsExactly("C00001", "Saint-Roch Bakery", "+33 1 23 45 67 89");
        assertThat(again.select("#column-phone").hasAttr("checked")).as("phone ticked in the chooser").isTrue();
        assertThat(again.select("#column-email").hasAttr("checked")).as("email unticked in the chooser").isFalse();
        assertThat(again.select("#column-name").hasAttr("disabled")).as("the name cannot be unticked").isTrue();

        assertThat(headers(Jsoup.parse(PageSession.owner(mvc, acme).html(list))))
                .as("the owner of the same tenant keeps the defaults").isEqualTo(DEFAULT_HEADERS);
        TestTenant other = tenants.create("Other columns");
        assertThat(headers(Jsoup.parse(PageSession.member(mvc, other).html("/t/" + other.slug() + "/third-parties"))))
                .as("another tenant's member keeps the defaults").isEqualTo(DEFAULT_HEADERS);
        mvc.perform(get(API).header("Authorization", acme.bearer())).andExpect(status().isOk())
                .andExpect(jsonPath("$.chosen").value(false));
        mvc.perform(get(API).header("Authorization", acme.memberBearer())).andExpect(status().isOk())
                .andExpect(jsonPath("$.chosen").value(true))
                .andExpect(jsonPath("$.columns", Matchers.contains("code", "name", "phone")));
    }

    @Test
    void resetGoesBackToTheDefaultColumns() throws Exception {
        PageSession member = PageSession.member(mvc, acme);
        member.post(list + "/columns", "columns", "email", "action", "save", "back", "");
        assertThat(headers(Jsoup.parse(member.html(list)))).containsExactly("Name", "Email");

        member.post(list + "/columns", "action", "reset", "back", "?archived=true")
                .andExpect(redirectedUrl(list + "?archived=true"))
                .andExpect(flash().attribute("notice", "partylist.columns.reset"));
        assertThat(headers(Jsoup.parse(member.html(list)))).as("after reset").isEqualTo(DEFAULT_HEADERS);
    }

    @Test
    void aColumnTheListDoesNotOfferIsRefusedAndNothingIsSaved() throws Exception {
        PageSession member = PageSession.member(mvc, acme);
        member.post(list + "/columns", "columns", "email", "columns", "password", "action", "save", "back", "")
                .andExpect(redirectedUrl(list))
                .andExpect(flash().attribute("refusal", "partylist.columns.unknown"));
        assertThat(headers(Jsoup.parse(member.html(list)))).as("nothing saved").isEqualTo(DEFAULT_HEADERS);

        choose(acme.memberBearer(), "{\"columns\": [\"email\", \"tenant_id\"]}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("columns"));
        choose(acme.memberBearer(), "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("columns"));
        mvc.perform(get(API).header("Authorization", acme.memberBearer()))
                .andExpect(jsonPath("$.chosen").value(false));
        mvc.perform(get("/api/v1/me/list-columns/passwords").header("Authorization", acme.memberBearer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theApiReadsChoosesAndResetsTheColumnsInTheListsOrder() throws Exception {
        mvc.perform(get(API).header("Authorization", acme.bearer())).andExpect(status().isOk())
                .andExpect(jsonPath("$.available", Matchers.contains("code", "name", "salesRelation", "email",
                        "phone", "taxId", "tags", "createdAt")))
                .andExpect(jsonPath("$.always", Matchers.contains("name")))
                .andExpect(jsonPath("$.columns", Matchers.contains("code", "name", "salesRelation", "email",
                        "taxId", "tags", "createdAt")))
                .andExpect(jsonPath("$.chosen").value(false));

        choose(acme.bearer(), "{\"columns\": [\"createdAt\", \"tags\", \"tags\"]}").andExpect(status().isOk())
                .andExpect(jsonPath("$.columns", Matchers.contains("name", "tags", "createdAt")))
                .andExpect(jsonPath("$.chosen").value(true));
        assertThat(headers(Jsoup.parse(PageSession.owner(mvc, acme).html(list))))
                .as("the page follows what the API chose").containsExactly("Name", "Tags", "Created");

        mvc.perform(delete(API).header("Authorization", acme.bearer())).andExpect(status().isOk())
                .andExpect(jsonPath("$.chosen").value(false))
                .andExpect(jsonPath("$.columns", Matchers.hasSize(7)));
    }

    @Test
    @ResourceLock("browser")
    void inABrowserAMemberTicksTheColumnsTheyWantAndKeepsTheListsFilters() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        try (Browser browser = Browser.open(port)) {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            browser.signIn(acme.slug(), acme.member().email(), TestTenant.PASSWORD).go(list + "?q=bakery");
            browser.click(By.cssSelector("#column-chooser summary")).click(By.id("column-phone"))
                    .click(By.id("column-taxId"));
            screenshot(browser, "column-chooser-1366");
            browser.clickAndWaitFor(By.id("save-columns"), "q=bakery");
            assertThat(browser.text(By.id("list-notice"))).startsWith("Your columns are saved");
            assertThat(browser.text(By.cssSelector("table thead"))).contains("Phone").doesNotContain("Tax id");
            assertThat(browser.text(By.id("third-parties"))).contains("+33 1 23 45 67 89");
            screenshot(browser, "column-chooser-saved-1366");

            browser.phone(390, 844).go(list);
            browser.click(By.cssSelector("#column-chooser summary"));
            long chooserWidth = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return Math.ceil(document.getElementById('column-chooser').getBoundingClientRect().right);");
            assertThat(chooserWidth).as("the open chooser fits a 390 px phone").isLessThanOrEqualTo(
                    browser.viewportWidth());
            screenshot(browser, "column-chooser-390");
            browser.clickAndWaitFor(By.id("reset-columns"), "/third-parties");
            assertThat(browser.text(By.cssSelector("table thead"))).contains("Tax id").doesNotContain("Phone");
        }
    }

    private static void screenshot(Browser browser, String name) throws java.io.IOException {
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".png"),
                ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }

    private ResultActions choose(String bearer, String json) throws Exception {
        return mvc.perform(put(API).header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    /** The list's column headers as a person reads them, the sort arrows and the select-all box left out. */
    private static List<String> headers(Document page) {
        return page.select("table thead th:not(.select)").stream()
                .map(th -> th.select(".sort-mark").isEmpty() ? th.text() : th.selectFirst("a > span").text())
                .toList();
    }
}
