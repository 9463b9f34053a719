package dev.atrium.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class ProposalPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @LocalServerPort
    int port;

    TestTenant tenant;
    SalesDocumentClient api;
    PageSession owner;
    String pages;
    long customer;

    @BeforeEach
    void newTenant() throws Exception {
        tenant = tenants.create("Quotes");
        api = new SalesDocumentClient(mvc, tenant);
        owner = PageSession.owner(mvc, tenant);
        pages = "/t/" + tenant.slug() + "/proposals";
        customer = api.customer("Saint-Roch Bakery");
    }

    @Test
    void theListShowsProposalsWithTheirStatusExpiryAndTotal() throws Exception {
        long id = api.proposal(customer, SalesDocumentClient.TWO_LINES);
        String html = owner.html(pages);
        assertThat(html).as("the list's row").contains("Saint-Roch Bakery", "Draft", "€275.76")
                .contains("href=\"" + pages + "/" + id + "\"");
        assertThat(owner.html(pages + "?expired=true")).as("no proposal is expired").doesNotContain("Saint-Roch Bakery");
        assertThat(owner.html("/t/" + tenant.slug() + "/third-parties/" + customer))
                .as("the party's page links to its proposals").contains(pages + "?party=" + customer);
        assertThat(owner.html(pages + "?party=" + customer)).contains("Saint-Roch Bakery");
    }

    @Test
    void aLineAddedWithABadPriceComesBackNamingTheFieldWithWhatWasTyped() throws Exception {
        long id = api.proposal(customer, "[]");
        owner.post(pages + "/" + id + "/lines", "label", "Audit", "quantity", "2", "unitPrice", "12.345",
                "taxRate", "20").andExpect(redirectedUrl(pages + "/" + id));
        // The refusal travels as a flash attribute of the session, to the page the post goes back to.
        assertThat(owner.html(pages + "/" + id)).as("the refusal names the field")
                .contains("Unit price must be an amount in EUR of at least 0, with at most 2 decimals.")
                .contains("value=\"12.345\"");
        owner.post(pages + "/" + id + "/lines", "label", "Audit", "quantity", "two", "unitPrice", "12",
                "taxRate", "20").andExpect(redirectedUrl(pages + "/" + id));
        assertThat(owner.html(pages + "/" + id)).as("a quantity that is no number is that field's refusal")
                .contains("Quantity must be a number.").contains("value=\"two\"");
        assertThat(api.body(SalesDocumentClient.PROPOSALS + "/" + id)).as("nothing was written")
                .contains("\"lines\":[]");

        owner.post(pages + "/" + id + "/lines", "label", "Audit", "quantity", "2", "unitPrice", "12,50",
                "taxRate", "20", "taxName", "VAT").andExpect(redirectedUrl(pages + "/" + id));
        assertThat(owner.html(pages + "/" + id)).as("the line and the totals").contains("Audit", "€25.00", "€30.00");
    }

    @Test
    void aProposalOfAnotherTenantIsNotFoundOnThePages() throws Exception {
        SalesDocumentClient other = new SalesDocumentClient(mvc, tenants.create("Other quotes"));
        long theirs = other.proposal(other.customer("Theirs"), SalesDocumentClient.TWO_LINES);
        owner.get(pages + "/" + theirs).andExpect(status().isNotFound());
        owner.post(pages + "/" + theirs + "/send").andExpect(status().isNotFound());
        owner.post(pages + "/" + theirs + "/order").andExpect(status().isNotFound());
    }

    @Test
    void inABrowserAProposalOfTwoLinesIsSentApprovedAndInvoiced() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(tenant.slug(), tenant.owner().email(), TestTenant.PASSWORD).go(pages)
                    .clickAndWaitFor(By.id("new-proposal"), "/proposals/new");
            new Select(browser.driver().findElement(By.id("partyId"))).selectByVisibleText("Saint-Roch Bakery ("
                    + JsonPath.read(api.body("/api/v1/third-parties/" + customer), "$.code") + ")");
            browser.click(By.id("create-proposal"));
            browser.await(driver -> driver.findElements(By.id("add-line")).size() == 1);
            addLine(browser, 1, "Window cleaning", "3", "19.99", "20");
            addLine(browser, 2, "Cleaning products", "2", "100", "5.5");
            assertThat(browser.text(By.id("total-gross"))).as("both lines' totals").isEqualTo("€282.96");

            browser.click(By.id("send"));
            browser.await(driver -> driver.findElements(By.id("approve")).size() == 1);
            assertThat(browser.text(By.id("status"))).isEqualTo("Sent");
            browser.click(By.id("approve"));
            browser.await(driver -> driver.findElements(By.id("create-invoice")).size() == 1);
            assertThat(browser.text(By.id("status"))).isEqualTo("Approved");
            screenshot(browser, "proposal-approved");
            String proposal = browser.driver().getCurrentUrl();
            browser.clickAndWaitFor(By.id("create-invoice"), "/invoices/");

            browser.driver().get(proposal);
            browser.await(driver -> driver.findElements(By.id("invoice-link")).size() == 1);
            assertThat(browser.driver().findElements(By.id("create-invoice"))).as("converted once only").isEmpty();
        }
    }

    /** Adds the {@code count}th line with the form under the lines, and waits for the page to show it. */
    private static void addLine(Browser browser, int count, String label, String quantity, String price,
            String rate) {
        browser.type(By.id("new-label"), label).type(By.id("new-quantity"), quantity)
                .type(By.id("new-unitPrice"), price).type(By.id("new-taxRate"), rate).click(By.id("add-line-button"));
        browser.await(driver -> {
            try {
                return driver.findElements(By.cssSelector("#line-table input[name=label]")).size() == count
                        && driver.findElement(By.id("new-label")).getAttribute("value").isEmpty();
            } catch (StaleElementReferenceException swappedMeanwhile) {
                return false;
            }
        });
    }

    private static void screenshot(Browser browser, String name) throws IOException {
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".png"),
                ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }
}
