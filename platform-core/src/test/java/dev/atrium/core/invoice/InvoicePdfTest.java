package dev.atrium.core.invoice;

import static dev.atrium.core.invoice.InvoiceClient.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenants;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An invoice as the PDF its customer receives: its number, the buyer copied at validation, lines and totals. */
@PlatformTest
class InvoicePdfTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Test
    void aValidatedInvoicePrintsItsNumberBuyerLinesAndTotalsAndItsTextsAsText() throws Exception {
        InvoiceClient api = new InvoiceClient(mvc, tenants.create("Invoice PDF"));
        long customer = api.customer("Boulangerie Martin", "EUR");
        long id = api.draft("""
                {"partyId":%d,"invoiceDate":"2026-03-10","notes":"Paid by transfer, thank you.","lines":[
                  {"label":"Croissants <img src=\\"http://127.0.0.1:9/x.png\\">","quantity":3,"unitPrice":19.99,
                   "discountPercent":10,"taxRate":20},
                  {"label":"file:///etc/passwd","quantity":1,"unitPrice":100,"taxRate":5.5}]}""".formatted(customer));
        api.post(API + "/" + id + "/validate", "").andExpect(status().isOk());

        byte[] pdf = api.get(API + "/" + id + "/pdf").andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"INV-2026-00001.pdf\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        Files.write(Path.of("target", "invoice-INV-2026-00001.pdf"), pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("INV-2026-00001", "Boulangerie Martin", "FR40303265045", "12 rue des Lilas",
                "Croissants <img src=\"http://127.0.0.1:9/x.png\">", "file:///etc/passwd", "170.26",
                "Paid by transfer, thank you.");

        PageSession owner = PageSession.owner(mvc, api.tenant());
        owner.get("/t/" + api.tenant().slug() + "/invoices/" + id + "/pdf").andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }
}
