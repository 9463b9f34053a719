package dev.atrium.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class ProductPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @LocalServerPort
    int port;

    TestTenant acme;
    PageSession owner;
    String pages;

    @BeforeEach
    void newTenant() throws Exception {
        acme = tenants.create("Acme");
        owner = PageSession.owner(mvc, acme);
        pages = "/t/" + acme.slug() + "/products";
    }

    @Test
    void anOwnerCreatesAProductThroughTheFormAndFindsItInTheList() throws Exception {
        owner.get(pages + "/new").andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")))
                .andExpect(content().string(Matchers.containsString(">VAT 20 %</option>")));
        owner.post(pages, "reference", "CONS-H", "label", "Consulting <b>bold</b>", "kind", "SERVICE", "unit", "h",
                "unitPrice", "1 234,50", "currency", "EUR", "taxRateId", "", "description", "")
                .andExpect(redirectedUrlPattern(pages + "/*"));
        String list = owner.html(pages + "?q=cons");
        assertThat(list).contains("CONS-H").contains("Consulting &lt;b&gt;bold&lt;/b&gt;").contains("1,234.50");
    }

    @Test
    void refusedFieldsAreShownBesideThemWithWhatWasTyped() throws Exception {
        String html = owner.post(pages, "reference", "bad ref!", "label", "Kept label", "kind", "PRODUCT",
                        "unitPrice", "12.345", "currency", "EUR")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"reference-error\"").contains("id=\"unitPrice-error\"")
                .contains("value=\"Kept label\"").contains("must have at most 2 decimals in EUR");
    }

    @Test
    void frenchReadersSeeTheCatalogAndTheTaxesInFrench() throws Exception {
        owner.post("/t/" + acme.slug() + "/profile", "displayName", "Olivia", "language", "fr");
        assertThat(owner.html(pages)).contains("Produits et services").contains("Référence")
                .contains("data-menu=\"products\"");
        assertThat(owner.html("/t/" + acme.slug() + "/setup/taxes")).contains("Configuration · Taxes")
                .contains("Ajouter le taux").contains("par défaut");
        assertThat(owner.post(pages, "reference", "X", "label", "X", "kind", "PRODUCT", "unitPrice", "1,234")
                .andReturn().getResponse().getContentAsString()).contains("doit avoir au plus 2 décimales en EUR");
    }

    @Test
    void theTaxesPageAddsARateAndMakesItTheDefault() throws Exception {
        String setup = "/t/" + acme.slug() + "/setup/taxes";
        owner.post(setup, "name", "Reduced", "rate", "5,5", "isDefault", "true")
                .andExpect(redirectedUrlPattern(setup + "*"));
        String html = owner.html(setup);
        assertThat(html).contains("Reduced").contains("value=\"5.5\"");
        owner.post(setup, "name", "Too much", "rate", "101").andExpect(redirectedUrlPattern(setup + "*"));
        String refused = owner.html(setup);
        assertThat(refused).contains("Rate (%) must be between 0 and 100.");
        assertThat(refused.split("<tr id=\"tax-rate-", -1)).as("rows of rates").hasSize(3);
    }

    @Test
    @ResourceLock("browser")
    void inABrowserAnOwnerCreatesATaxRateAndAProductAndFindsItInTheList() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD)
                    .go("/t/" + acme.slug() + "/setup/taxes")
                    .type(By.id("new-tax-name"), "Browser rate").type(By.id("new-tax-rate-value"), "7.5")
                    .click(By.id("add-tax-rate"));
            browser.await(driver -> driver.getPageSource().contains("tax-notice"));
            assertThat(browser.text(By.id("tax-rates"))).contains("Browser rate");
            browser.screenshot(java.nio.file.Path.of("target", "catalog-taxes.png"));

            browser.go(pages).click(By.id("new-product"));
            browser.await(driver -> browser.path().endsWith("/products/new"));
            browser.type(By.id("reference"), "BRW-1").type(By.id("label"), "Browser made widget")
                    .type(By.id("unitPrice"), "12.40");
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("taxRateId")))
                    .selectByVisibleText("Browser rate");
            browser.screenshot(java.nio.file.Path.of("target", "catalog-form.png"));
            browser.click(By.id("save"));
            browser.await(driver -> browser.path().matches(".*/products/\\d+$"));
            browser.screenshot(java.nio.file.Path.of("target", "catalog-product.png"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Browser made widget");
            assertThat(browser.text(By.id("product-tax-rate"))).isEqualTo("Browser rate");

            browser.go(pages).type(By.id("q"), "browser made").clickAndWaitFor(By.id("search"), "q=browser");
            assertThat(browser.text(By.id("products"))).contains("BRW-1").contains("Browser made widget");
            browser.screenshot(java.nio.file.Path.of("target", "catalog-list.png"));
        }
    }
}
