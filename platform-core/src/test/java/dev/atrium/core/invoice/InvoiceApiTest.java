package dev.atrium.core.invoice;

import static dev.atrium.core.invoice.InvoiceClient.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenants;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.problem.ProblemException;
import java.util.Currency;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class InvoiceApiTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    /** 3 × 19.99 less 10 % at 20 %, and 1 × 100 at 5.5 %: net 53.97 + 100.00, tax 10.79 + 5.50. */
    static final String TWO_LINES = """
            [{"label":"Croissants","quantity":3,"unit":"box","unitPrice":19.99,"discountPercent":10,
              "taxRate":20,"taxName":"VAT 20 %"},
             {"label":"Delivery","quantity":1,"unitPrice":100,"taxRate":5.5,"taxName":"VAT 5.5 %"}]""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    InvoicePayments payments;

    InvoiceClient api;
    long customer;

    @BeforeEach
    void newTenant() throws Exception {
        api = new InvoiceClient(mvc, tenants.create("Invoices"));
        customer = api.customer("Boulangerie Martin", "EUR");
    }

    @Test
    void aDraftShowsItsProvisionalReferenceItsTotalsAndFallsDueByThePartysTerms() throws Exception {
        long id = api.draft(draft("2026-03-10", TWO_LINES));

        api.get(API + "/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.reference").value("(PROV" + id + ")"))
                .andExpect(jsonPath("$.number").doesNotExist())
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.dueDate").value("2026-04-30"))
                .andExpect(jsonPath("$.lines[0].net.amount").value("53.97"))
                .andExpect(jsonPath("$.lines[0].tax.amount").value("10.79"))
                .andExpect(jsonPath("$.net.amount").value("153.97"))
                .andExpect(jsonPath("$.tax.amount").value("16.29"))
                .andExpect(jsonPath("$.gross.amount").value("170.26"))
                .andExpect(jsonPath("$.taxes[0].rate").value(5.5))
                .andExpect(jsonPath("$.taxes[0].tax.amount").value("5.50"))
                .andExpect(jsonPath("$.taxes[1].base.amount").value("53.97"))
                .andExpect(jsonPath("$.balance.amount").value("0.00"));
    }

    @Test
    void validatingGivesTheNextNumberOfTheYearCopiesThePartyAndFreezesTheInvoice() throws Exception {
        long first = api.draft(draft("2026-03-10", TWO_LINES));
        long second = api.draft(draft("2026-05-01", TWO_LINES));

        api.post(API + "/" + second + "/validate", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value("INV-2026-00001"));
        api.post(API + "/" + first + "/validate", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VALIDATED"))
                .andExpect(jsonPath("$.number").value("INV-2026-00002"))
                .andExpect(jsonPath("$.partyName").value("Boulangerie Martin"))
                .andExpect(jsonPath("$.partyTaxId").value("FR40303265045"))
                .andExpect(jsonPath("$.billingAddress.city").value("Paris"))
                .andExpect(jsonPath("$.balance.amount").value("170.26"));
        long nextYear = api.draft(draft("2027-01-02", TWO_LINES));
        api.post(API + "/" + nextYear + "/validate", "").andExpect(jsonPath("$.number").value("INV-2027-00001"));

        long version = ((Number) InvoiceClient.read(api.get(API + "/" + first), "$.version")).longValue();
        long line = ((Number) InvoiceClient.read(api.get(API + "/" + first), "$.lines[0].id")).longValue();
        api.put(API + "/" + first, draftHeader("2026-03-11", version)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/invoice-frozen")));
        api.post(API + "/" + first + "/lines", oneLine("Extra")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/invoice-frozen")));
        api.put(API + "/" + first + "/lines/" + line, oneLine("Changed")).andExpect(status().isConflict());
        api.delete(API + "/" + first + "/lines/" + line).andExpect(status().isConflict());
        api.post(API + "/" + first + "/validate", "").andExpect(status().isConflict());

        api.put("/api/v1/third-parties/" + customer, """
                {"version":0,"kind":"COMPANY","name":"Renamed SA","salesRelation":"CUSTOMER"}""")
                .andExpect(status().isOk());
        api.get(API + "/" + first).andExpect(jsonPath("$.partyName").value("Boulangerie Martin"))
                .andExpect(jsonPath("$.lines[0].label").value("Croissants"))
                .andExpect(jsonPath("$.gross.amount").value("170.26"));
    }

    @Test
    void badInputIsOne400NamingEveryFieldAndWritesNothing() throws Exception {
        api.post(API, draft("2026-03-10", """
                        [{"label":" ","quantity":0,"unitPrice":1.234,"taxRate":120},
                         {"label":"Fine","quantity":1.00001,"unitPrice":1,"taxRate":20,"discountPercent":-1}]"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("lines[0].label",
                        "lines[0].quantity", "lines[0].unitPrice", "lines[0].taxRate", "lines[1].quantity",
                        "lines[1].discountPercent")));
        api.post(API, """
                {"invoiceDate":"2026-03-10","dueDate":"2026-03-01"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("partyId", "dueDate")));
        api.post(API, """
                {"partyId":%d,"currency":"EURO"}""".formatted(customer)).andExpect(status().isBadRequest());
        api.get(API).andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void aCreditNoteOfEveryLineTakesItsOwnNumberAndBringsTheBalanceToExactlyZero() throws Exception {
        long invoice = validated(draft("2026-03-10", TWO_LINES));

        long creditNote = InvoiceClient.id(api.post(API + "/" + invoice + "/credit-notes", "{}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith(API + "/")))
                .andExpect(jsonPath("$.kind").value("CREDIT_NOTE"))
                .andExpect(jsonPath("$.gross.amount").value("170.26")));
        api.post(API + "/" + creditNote + "/validate", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(Matchers.matchesPattern("CN-\\d{4}-00001")))
                .andExpect(jsonPath("$.links[0].relation").value("credits"))
                .andExpect(jsonPath("$.links[0].id").value(invoice));

        api.get(API + "/" + invoice).andExpect(jsonPath("$.balance.amount").value("0.00"))
                .andExpect(jsonPath("$.credited.amount").value("170.26"))
                .andExpect(jsonPath("$.credit").value("FULLY"))
                .andExpect(jsonPath("$.links[0].relation").value("credit-note"))
                .andExpect(jsonPath("$.lines[*].creditable", Matchers.everyItem(Matchers.is(0.0))));
        api.post(API + "/" + invoice + "/credit-notes", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/invoice-credited-fully")));
    }

    @Test
    void aCreditNoteOfChosenLinesTakesBackAtMostWhatIsNotCreditedYet() throws Exception {
        long invoice = validated(draft("2026-03-10", TWO_LINES));
        long croissants = ((Number) InvoiceClient.read(api.get(API + "/" + invoice), "$.lines[0].id")).longValue();

        long creditNote = InvoiceClient.id(api.post(API + "/" + invoice + "/credit-notes", """
                {"lines":[{"lineId":%d,"quantity":2}]}""".formatted(croissants)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.lines.length()").value(1))
                .andExpect(jsonPath("$.lines[0].quantity").value(2))
                .andExpect(jsonPath("$.lines[0].net.amount").value("35.98")));
        api.get(API + "/" + invoice).andExpect(jsonPath("$.lines[0].creditable").value(1.0));
        api.post(API + "/" + invoice + "/credit-notes", """
                {"lines":[{"lineId":%d,"quantity":2},{"lineId":1}]}""".formatted(croissants))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("lines[0].quantity", "lines[1].lineId")));
        api.post(API + "/" + creditNote + "/lines", oneLine("Extra")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/credit-note-lines-from-invoice")));

        api.post(API + "/" + creditNote + "/validate", "").andExpect(status().isOk());
        api.get(API + "/" + invoice).andExpect(jsonPath("$.credit").value("PARTLY"))
                .andExpect(jsonPath("$.credited.amount").value("43.18"))
                .andExpect(jsonPath("$.balance.amount").value("127.08"));
    }

    @Test
    void paymentsMoveAValidatedInvoiceToPartiallyPaidThenPaid() throws Exception {
        long invoice = validated(draft("2026-03-10", TWO_LINES));
        long tenantId = api.tenant().id();

        InvoicePayments.PaymentApplied part = TenantContext.callAs(tenantId,
                () -> payments.applyPayment(invoice, Money.of("70.26", EUR)));
        assertThat(part.status()).isEqualTo("PARTIALLY_PAID");
        assertThat(part.balance()).isEqualTo(Money.of("100.00", EUR));
        assertThatThrownBy(() -> TenantContext.callAs(tenantId,
                () -> payments.applyPayment(invoice, Money.of("100.01", EUR))))
                .as("a payment over the balance").isInstanceOf(ProblemException.class)
                .extracting(refusal -> ((ProblemException) refusal).type()).isEqualTo("invoice-payment-over-balance");
        InvoicePayments.PaymentApplied rest = TenantContext.callAs(tenantId,
                () -> payments.applyPayment(invoice, Money.of("100.00", EUR)));
        assertThat(rest.status()).isEqualTo("PAID");
        assertThat(rest.balance().isZero()).isTrue();
        api.get(API + "/" + invoice).andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.paid.amount").value("170.26"));
        api.post(API + "/" + invoice + "/abandon", "{\"reason\":\"Too late\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/invoice-transition-refused")));

        long draft = api.draft(draft("2026-03-10", TWO_LINES));
        assertThatThrownBy(() -> TenantContext.callAs(tenantId, () -> payments.applyPayment(draft, Money.of("1", EUR))))
                .as("a payment on a draft").isInstanceOf(ProblemException.class)
                .extracting(refusal -> ((ProblemException) refusal).status()).isEqualTo(409);
    }

    @Test
    void anAbandonedDraftKeepsItsReasonAndNeverTakesANumber() throws Exception {
        long draft = api.draft(draft("2026-03-10", TWO_LINES));

        api.post(API + "/" + draft + "/abandon", "{\"reason\":\" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.post(API + "/" + draft + "/abandon", "{\"reason\":\"Duplicate\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ABANDONED"))
                .andExpect(jsonPath("$.abandonReason").value("Duplicate"))
                .andExpect(jsonPath("$.number").doesNotExist());
        api.post(API + "/" + draft + "/validate", "").andExpect(status().isConflict());
        long next = validated(draft("2026-03-10", TWO_LINES));
        api.get(API + "/" + next).andExpect(jsonPath("$.number").value("INV-2026-00001"));
    }

    @Test
    void aMemberEditsDraftsButMayNotValidateThem() throws Exception {
        long draft = api.draft(draft("2026-03-10", TWO_LINES));

        api.postAsMember(API + "/" + draft + "/lines", oneLine("By a member")).andExpect(status().isOk());
        api.postAsMember(API + "/" + draft + "/validate", "").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/missing-right")));
    }

    @Test
    void theListFiltersPagesByKeysetAndExports() throws Exception {
        long other = api.customer("Café Lune", "EUR");
        long march = api.draft(draft("2026-03-10", TWO_LINES));
        long april = validated(draft("2026-04-10", TWO_LINES));
        long may = api.draft("""
                {"partyId":%d,"invoiceDate":"2026-05-10","lines":%s}""".formatted(other, TWO_LINES));

        api.get(API).andExpect(jsonPath("$.items[*].id", Matchers.contains((int) may, (int) april, (int) march)))
                .andExpect(jsonPath("$.count.value").value(3));
        api.get(API + "?status=VALIDATED").andExpect(jsonPath("$.items[*].id", Matchers.contains((int) april)));
        api.get(API + "?party=" + other).andExpect(jsonPath("$.items[*].id", Matchers.contains((int) may)));
        api.get(API + "?from=2026-04-01&to=2026-04-30")
                .andExpect(jsonPath("$.items[*].id", Matchers.contains((int) april)));
        api.get(API + "?q=lune").andExpect(jsonPath("$.items[*].id", Matchers.contains((int) may)));
        api.get(API + "?q=INV-2026").andExpect(jsonPath("$.items[*].reference", Matchers.contains("INV-2026-00001")));
        String next = InvoiceClient.read(api.get(API + "?size=2").andExpect(jsonPath("$.hasNext").value(true)),
                "$.next");
        api.get(API + "?size=2&after=" + next).andExpect(jsonPath("$.items[*].id", Matchers.contains((int) march)));
        api.get(API + "?sort=number").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));

        String csv = api.get(API + "/export.csv?status=VALIDATED&fields=reference,party,gross")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).as("the export of the validated invoices")
                .containsExactly("\uFEFFReference,Customer,Total", "INV-2026-00001,Boulangerie Martin,170.26");
    }

    private long validated(String json) throws Exception {
        long id = api.draft(json);
        api.post(API + "/" + id + "/validate", "").andExpect(status().isOk());
        return id;
    }

    private String draft(String date, String lines) {
        return """
                {"partyId":%d,"invoiceDate":"%s","notes":"Thank you","lines":%s}""".formatted(customer, date, lines);
    }

    private String draftHeader(String date, long version) {
        return """
                {"partyId":%d,"invoiceDate":"%s","version":%d}""".formatted(customer, date, version);
    }

    private static String oneLine(String label) {
        return """
                {"label":"%s","quantity":1,"unitPrice":10,"taxRate":20}""".formatted(label);
    }
}
