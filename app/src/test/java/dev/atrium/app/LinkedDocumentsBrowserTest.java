package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.plugin.invoicing.DraftInvoiceRequest;
import dev.atrium.plugin.invoicing.Invoicing;
import dev.atrium.plugin.invoicing.LineSource;
import dev.atrium.plugin.link.DocumentRef;
import dev.atrium.plugin.money.Money;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In a real Chromium, a contract's page lists the invoice its module billed through the plugin API, under
 * "Linked documents" with the invoice's reference and status, and the link opens the invoice.
 */
@ResourceLock("browser")
@PlatformTest
class LinkedDocumentsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Autowired
    MockMvc mvc;

    @Autowired
    Invoicing invoicing;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aContractsPageListsTheInvoiceBilledForItAndOpensIt() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        TestTenant acme = tenants.create("Acme");
        mvc.perform(put("/api/v1/modules/contracts/activation").header("Authorization", acme.bearer()))
                .andExpect(status().is2xxSuccessful());
        long party = id(create(acme, "/api/v1/third-parties", """
                {"kind": "COMPANY", "name": "Hotel Miramar", "salesRelation": "CUSTOMER", "currency": "EUR",
                 "addresses": [{"kind": "BILLING", "line1": "1 Quai Est", "city": "Lyon", "country": "FR"}]}"""));
        long contract = id(create(acme, "/api/v1/contracts", """
                {"reference": "C-7", "title": "Front desk support", "partyId": %d}""".formatted(party)));
        Currency eur = Currency.getInstance("EUR");
        long invoice = TenantContext.callAs(acme.id(), () -> new TransactionTemplate(transactions).execute(tx ->
                invoicing.createDraft(new DraftInvoiceRequest("contracts:" + contract + ":2026-03", party, null,
                        List.of(new DraftInvoiceRequest.Line("Front desk support, March", null, BigDecimal.ONE,
                                "month", Money.of("250.00", eur), null, new BigDecimal("20"), "VAT 20 %",
                                new LineSource("contracts", contract, LocalDate.of(2026, 3, 1),
                                        LocalDate.of(2026, 3, 31)))),
                        List.of(new DocumentRef("contract", contract)))).invoiceId()));

        try (Browser owner = Browser.open(port)) {
            owner.driver().manage().window().setSize(new Dimension(1366, 900));
            owner.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD);
            owner.go("/t/" + acme.slug() + "/contracts/" + contract);
            assertThat(owner.text(By.id("linked-documents-title"))).isEqualTo("Linked documents");
            assertThat(owner.text(By.cssSelector("#linked-invoice h3"))).isEqualTo("Invoices");
            assertThat(owner.text(By.cssSelector("#linked-invoice li")))
                    .isEqualTo("(PROV" + invoice + ") · Hotel Miramar Draft");
            screenshot(owner, "contract-linked-documents");

            owner.clickAndWaitFor(By.cssSelector("#linked-invoice a"), "/invoices/" + invoice);
            assertThat(owner.path()).isEqualTo("/t/" + acme.slug() + "/invoices/" + invoice);
            assertThat(owner.text(By.id("invoice-title"))).as("the invoice's page").contains("(PROV" + invoice + ")");
            assertThat(owner.contentSecurityPolicyViolations()).as("refusals in the console").isEmpty();
        }
    }

    private String create(TestTenant tenant, String path, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", tenant.bearer()).contentType(MediaType.APPLICATION_JSON)
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
