package dev.atrium.core.invoice;

import static dev.atrium.core.invoice.InvoiceClient.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.sending.SendableDocuments;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenants;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Invoices and credit notes as the sending feature sees them: validated ones are sent, their PDF attached. */
@PlatformTest
class InvoiceSendingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    List<SendableDocuments> kinds;

    @Test
    void aValidatedInvoiceIsSendableWithItsNumberTotalAndPdfAndADraftIsNot() throws Exception {
        InvoiceClient api = new InvoiceClient(mvc, tenants.create("Invoice sending"));
        long customer = api.customer("Boulangerie Martin", "EUR");
        long draft = api.draft("""
                {"partyId":%d,"invoiceDate":"2026-03-10","lines":%s}""".formatted(customer, InvoiceApiTest.TWO_LINES));
        long validated = api.draft("""
                {"partyId":%d,"invoiceDate":"2026-03-10","lines":%s}""".formatted(customer, InvoiceApiTest.TWO_LINES));
        api.post(API + "/" + validated + "/validate", "").andExpect(status().isOk());
        SendableDocuments invoices = kinds.stream().filter(kind -> kind.kind().equals("invoice")).findFirst()
                .orElseThrow();
        SendableDocuments creditNotes = kinds.stream().filter(kind -> kind.kind().equals("credit-note")).findFirst()
                .orElseThrow();

        TenantContext.runAs(api.tenant().id(), () -> {
            var sendable = invoices.find(validated).orElseThrow();
            assertThat(sendable.reference()).isEqualTo("INV-2026-00001");
            assertThat(sendable.values()).containsEntry("invoice.number", "INV-2026-00001")
                    .containsEntry("invoice.total", "€170.26");
            assertThat(sendable.notSendable()).isEmpty();
            assertThat(new String(sendable.pdf().content().get(), 0, 5)).isEqualTo("%PDF-");
            assertThat(invoices.find(draft).orElseThrow().notSendable()).contains("{invoice.send.not-validated}");
            assertThat(creditNotes.find(validated)).as("an invoice is not a credit note").isEmpty();
            assertThat(invoices.find(validated + 1_000_000)).isEmpty();
        });
    }
}
