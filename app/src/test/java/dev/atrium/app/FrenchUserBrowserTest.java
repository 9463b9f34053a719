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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A French user of an English company, in a real browser: every page they open speaks French, dates and amounts
 * are written the French way, and a refused form says what to correct at its top, in French, with focus on it.
 */
@ResourceLock("browser")
@PlatformTest
class FrenchUserBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Autowired
    MockMvc mvc;

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
    void aFrenchUsersPagesSpeakFrenchAndWriteDatesAndAmountsTheFrenchWay() throws Exception {
        TestTenant acme = tenants.create("Acme");
        String bearer = acme.bearer();
        json(put("/api/v1/me"), bearer, "{\"displayName\": \"Olivia Martin\", \"language\": \"fr\"}", 200);
        mvc.perform(put("/api/v1/modules/contracts/activation").header("Authorization", bearer))
                .andExpect(status().is2xxSuccessful());
        long party = id(json(post("/api/v1/third-parties"), bearer,
                "{\"kind\": \"COMPANY\", \"name\": \"Saint-Roch SARL\", \"salesRelation\": \"CUSTOMER\"}", 201));
        long contract = id(json(post("/api/v1/contracts"), bearer, """
                {"reference": "C-1", "title": "Maintenance", "partyId": %d, "startDate": "2026-03-05"}"""
                .formatted(party), 201));
        json(post("/api/v1/contracts/" + contract + "/lines"), bearer,
                "{\"description\": \"Support\", \"quantity\": 2, \"unitPrice\": \"1234.50\"}", 201);

        browser.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD);
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.text(By.tagName("h1"))).as("the first sign-in's welcome").isEqualTo("Bienvenue dans Atrium");
        browser.go("/t/" + acme.slug() + "/");
        assertThat(browser.text(By.tagName("main"))).as("the home page").contains("Bienvenue, Olivia Martin.");
        assertThat(browser.driver().findElements(By.cssSelector("a.skip-link[href='#content']"))).as("skip link")
                .hasSize(1);

        browser.go("/t/" + acme.slug() + "/contracts/" + contract);
        String page = spaces(browser.text(By.tagName("main")));
        assertThat(page).as("a date the French way").contains("5 mars 2026");
        assertThat(page).as("amounts the French way: unit price and total")
                .contains("1 234,50 €").contains("2 469,00 €");
        assertThat(page).as("the contract module's own texts, in French").contains("Client", "Lignes", "Prix unitaire",
                "Ajouter une ligne");
        assertThat(browser.text(By.cssSelector("[data-menu=contracts]"))).as("the module's menu entry")
                .isEqualTo("Contrats");
        screenshots("french-contract");

        browser.go("/t/" + acme.slug() + "/contracts/new");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Nouveau contrat");
        screenshots("french-contract-new");

        browser.go("/t/" + acme.slug() + "/setup/users");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Configuration · Utilisateurs");
        assertThat(browser.text(By.id("add-user"))).isEqualTo("Ajouter l’utilisateur");
        screenshots("french-users");

        browser.go("/t/" + acme.slug() + "/setup/modules");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Configuration · Modules");
        assertThat(browser.text(By.cssSelector("#module-contracts .state"))).isEqualTo("Actif");
        assertThat(browser.text(By.cssSelector("#module-contracts strong"))).isEqualTo("Contrats");
        assertThat(spaces(browser.text(By.id("module-history")))).as("the change's moment, French style")
                .containsPattern("\\d{1,2} \\p{L}+\\.? 20\\d\\d");
        assertThat(browser.driver().findElement(By.cssSelector("a[aria-current=page]")).getAttribute("data-menu"))
                .as("the current menu entry is marked").isEqualTo("setup-modules");
        screenshots("french-modules");

        browser.go("/t/" + acme.slug() + "/profile/tokens");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Jetons d'API personnels");
        browser.click(By.cssSelector("form.row button[type=submit]"));
        WebElement summary = browser.driver().findElement(By.id("error-summary"));
        assertThat(summary.getText()).as("the refusal says what to correct, in French")
                .contains("Rien n'a été enregistré").contains("Nom: donnez au jeton un nom");
        assertThat(browser.driver().switchTo().activeElement()).as("focus moves to the summary").isEqualTo(summary);
        WebElement name = browser.driver().findElement(By.id("token-name"));
        assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(name.getAttribute("aria-describedby")).isEqualTo("token-name-error");
        assertThat(browser.text(By.id("token-name-error"))).isEqualTo("donnez au jeton un nom de 1 à 100 caractères");
        screenshots("french-tokens-refused");
    }

    private String json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String bearer, String body, int expected) throws Exception {
        return mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** French writes a narrow or plain no-break space in numbers and before the euro sign: compare them as spaces. */
    private static String spaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** Screenshots at a laptop's and a phone's width, for a person to look at (target/screenshots). */
    private void screenshots(String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        for (int width : new int[] {1366, 390}) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
            Files.write(folder.resolve(name + "-" + width + ".png"), png);
        }
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
    }
}
