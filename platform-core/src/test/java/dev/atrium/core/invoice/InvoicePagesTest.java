package dev.atrium.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** The invoice pages as a person uses them: without script through plain forms, and in a real Chromium. */
@PlatformTest
class InvoicePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @LocalServerPort
    int port;

    TestTenant acme;
    PageSession owner;
    long customer;
    String invoices;

    @BeforeEach
    void anOwnerWithACustomer() throws Exception {
        acme = tenants.create("Invoice pages");
        owner = PageSession.owner(mvc, acme);
        customer = new InvoiceClient(mvc, acme).customer("Boulangerie Martin", "EUR");
        invoices = "/t/" + acme.slug() + "/invoices";
    }

    @Test
    void withoutScriptADraftIsWrittenLineByLineValidatedAndThenShownReadOnly() throws Exception {
        String page = owner.post(invoices, "partyId", String.valueOf(customer), "invoiceDate", "2026-03-10",
                        "notes", "<b>Thanks</b>")
                .andExpect(redirectedUrlPattern(invoices + "/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        // Each post is followed by the page it leads to, as a browser does, so each page shows its own notice.
        owner.html(page);

        owner.post(page + "/lines", "label", "Croissants", "quantity", "3", "unitPrice", "19,99",
                "discountPercent", "10", "taxRate", "20").andExpect(redirectedUrl(page));
        owner.html(page);
        owner.post(page + "/lines", "label", "", "quantity", "zero", "unitPrice", "1.234", "taxRate", "20")
                .andExpect(redirectedUrl(page));
        Document refused = Jsoup.parse(owner.html(page));
        assertThat(refused.select("#error-summary li").eachText()).as("the refused line's fields")
                .containsExactly("Quantity: must be a number");
        owner.post(page + "/lines", "label", " ", "quantity", "2", "unitPrice", "1.234", "taxRate", "20")
                .andExpect(redirectedUrl(page));
        refused = Jsoup.parse(owner.html(page));
        assertThat(refused.select("#error-summary li").eachText()).as("the fields the service refused")
                .containsExactlyInAnyOrder("Label: must not be blank", "Unit price: must have at most 2 decimals in "
                        + "this currency");
        assertThat(refused.getElementById("new-line-form-unitPrice").val()).as("what was typed is kept")
                .isEqualTo("1.234");
        owner.post(page + "/lines", "label", "Delivery", "quantity", "1", "unitPrice", "100", "taxRate", "5.5")
                .andExpect(flash().attribute("notice", "invoice.page.line-added"));

        Document draft = Jsoup.parse(owner.html(page));
        assertThat(draft.getElementById("invoice-title").text()).isEqualTo("Invoice draft (PROV" + id + ")");
        assertThat(draft.select("#lines .line-label").eachText()).containsExactly("Croissants", "Delivery");
        assertThat(draft.getElementById("total-gross").text()).isEqualTo("€170.26");
        assertThat(draft.select("#tax-summary tbody tr")).hasSize(2);
        assertThat(draft.getElementById("notes").text()).as("a tenant's text is shown as text").isEqualTo("<b>Thanks</b>");
        assertThat(draft.getElementById("validate").text())
                .isEqualTo("Validate — gives it the next invoice number and freezes it");

        String edit = draft.selectFirst("#lines a.edit-line").attr("href");
        Document editing = Jsoup.parse(owner.html(edit.substring(0, edit.indexOf('#'))));
        String lineId = editing.selectFirst("tr.editing").id().substring("line-".length());
        assertThat(editing.getElementById("line-form-" + lineId + "-label").val()).isEqualTo("Croissants");
        owner.post(page + "/lines/" + lineId, "label", "Croissants au beurre", "quantity", "4", "unitPrice", "19.99",
                "discountPercent", "10", "taxRate", "20").andExpect(redirectedUrl(page));
        owner.html(page);

        owner.post(page + "/validate").andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "invoice.page.validated"));
        Document validated = Jsoup.parse(owner.html(page));
        assertThat(validated.getElementById("invoice-title").text()).matches("Invoice INV-\\d{4}-00001");
        assertThat(validated.getElementById("party-name").text()).isEqualTo("Boulangerie Martin");
        assertThat(validated.getElementById("billing-address").text()).contains("Paris");
        assertThat(validated.select("#lines .line-label").eachText())
                .containsExactly("Croissants au beurre", "Delivery");
        assertThat(validated.select("#document form[action$=\"/lines\"], #header-form, #validate, a.edit-line"))
                .as("no way to change a validated invoice on its page").isEmpty();
        assertThat(validated.getElementById("credit-note")).as("the way to correct it").isNotNull();
        assertThat(validated.getElementById("send").attr("href"))
                .isEqualTo("/t/" + acme.slug() + "/documents/invoice/" + id + "/send");

        owner.post(page + "/lines", "label", "Forged", "quantity", "1", "unitPrice", "1", "taxRate", "0")
                .andExpect(flash().attribute("refusal", org.hamcrest.Matchers.containsString("cannot change")));
        owner.post(page + "/lines/" + lineId + "/delete")
                .andExpect(flash().attribute("refusal", org.hamcrest.Matchers.containsString("cannot change")));
        assertThat(Jsoup.parse(owner.html(page)).select("#lines .line-label").eachText())
                .containsExactly("Croissants au beurre", "Delivery");

        Document list = Jsoup.parse(owner.html(invoices + "?status=VALIDATED"));
        assertThat(list.select("#invoices td a").eachText()).containsExactly(validated.getElementById("invoice-title")
                .text().substring("Invoice ".length()));
        owner.get(list.getElementById("export").attr("href")).andExpect(status().isOk());
    }

    @Test
    void aMemberSeesNoValidateButtonAndCannotValidate() throws Exception {
        PageSession member = PageSession.member(mvc, acme);
        long id = new InvoiceClient(mvc, acme).draft("""
                {"partyId":%d,"lines":[{"label":"One","quantity":1,"unitPrice":1,"taxRate":0}]}""".formatted(customer));
        assertThat(Jsoup.parse(member.html(invoices + "/" + id)).getElementById("validate")).isNull();
        member.post(invoices + "/" + id + "/validate").andExpect(status().isForbidden());
    }

    @Test
    void inChromiumAnOwnerWritesATwoLineInvoiceAndValidatesIt() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD).go(invoices);
            browser.clickAndWaitFor(By.id("new-invoice"), "/invoices/new");
            new Select(browser.driver().findElement(By.id("partyId"))).selectByIndex(1);
            browser.click(By.id("create"));
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("add-line")));
            addLine(browser, "Consulting", "2.5", "120", "20");
            browser.await(driver -> driver.findElements(By.cssSelector("#lines .line-label")).size() == 1);
            addLine(browser, "Travel", "1", "45.50", "0");
            browser.await(driver -> driver.findElements(By.cssSelector("#lines .line-label")).size() == 2);
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("total-gross"), "€405.50"));
            browser.screenshot(Path.of("target", "invoice-draft.png"));

            browser.click(By.id("validate"));
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("invoice-title"), "Invoice INV-"));
            assertThat(browser.text(By.id("invoice-status"))).isEqualTo("Validated");
            assertThat(browser.driver().findElements(By.id("add-line"))).isEmpty();
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
            browser.screenshot(Path.of("target", "invoice-validated.png"));
        }
    }

    private static void addLine(Browser browser, String label, String quantity, String price, String rate) {
        browser.type(By.id("new-line-form-label"), label).type(By.id("new-line-form-quantity"), quantity)
                .type(By.id("new-line-form-unitPrice"), price);
        WebElement rateSelect = browser.driver().findElements(By.id("new-line-form-taxRateId")).stream().findFirst()
                .orElse(null);
        if (rateSelect != null) {
            new Select(rateSelect).selectByIndex(0);
        }
        browser.type(By.id("new-line-form-taxRate"), rate).click(By.id("add-line"));
    }
}
