package dev.atrium.core.proposal;

import static dev.atrium.core.proposal.SalesDocumentClient.PROPOSALS;
import static dev.atrium.core.test.Problems.invalid;
import static dev.atrium.core.test.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.PlatformTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import dev.atrium.core.test.TestTenants;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PlatformTest
class ProposalApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    SalesDocumentClient api;
    long customer;

    @BeforeEach
    void newTenant() throws Exception {
        api = new SalesDocumentClient(mvc, tenants.create("Proposals"));
        customer = api.customer("Saint-Roch Bakery");
    }

    @Test
    void aProposalIsNumberedWhenWrittenAndPricesItsLinesOneByOne() throws Exception {
        var created = api.post(PROPOSALS, """
                {"partyId": %d, "lines": %s}""".formatted(customer, SalesDocumentClient.TWO_LINES))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("PR-" + Year.now() + "-00001"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.partyName").value("Saint-Roch Bakery"))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.lines[0].net.amount").value("53.97"))
                .andExpect(jsonPath("$.lines[0].tax.amount").value("10.79"))
                .andExpect(jsonPath("$.lines[1].net.amount").value("200.00"))
                .andExpect(jsonPath("$.lines[1].taxName").value("5.5 %"))
                .andExpect(jsonPath("$.totals.net.amount").value("253.97"))
                .andExpect(jsonPath("$.totals.tax.amount").value("21.79"))
                .andExpect(jsonPath("$.totals.gross.amount").value("275.76"))
                .andExpect(jsonPath("$.totals.taxes[*].tax.amount", Matchers.contains("11.00", "10.79")))
                .andExpect(jsonPath("$.expired").value(false))
                .andExpect(jsonPath("$.actions", Matchers.contains("send")))
                .andReturn().getResponse();
        long id = SalesDocumentClient.number(created.getContentAsString(), "$.id");
        assertThat(created.getHeader("Location")).as("where the new proposal lives").isEqualTo(PROPOSALS + "/" + id);
        assertThat(JsonPath.<String>read(created.getContentAsString(), "$.validUntil"))
                .as("valid 30 days unless told otherwise")
                .isEqualTo(LocalDate.parse(JsonPath.read(created.getContentAsString(), "$.proposalDate"))
                        .plusDays(30).toString());

        api.post(PROPOSALS, "{\"partyId\": %d}".formatted(customer))
                .andExpect(jsonPath("$.reference").value("PR-" + Year.now() + "-00002"));
    }

    @Test
    void linesAreAddedChangedAndRemovedWhileADraftAndTheTotalsFollow() throws Exception {
        long id = api.proposal(customer, "[]");
        String added = api.post(PROPOSALS + "/" + id + "/lines", """
                {"label": "Audit", "quantity": 1.5, "unit": "day", "unitPrice": "800", "taxRate": 20}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.lineNumber").value(1))
                .andExpect(jsonPath("$.gross.amount").value("1440.00")).andReturn().getResponse().getContentAsString();
        long line = SalesDocumentClient.number(added, "$.id");
        api.post(PROPOSALS + "/" + id + "/lines", """
                {"label": "Travel", "quantity": 1, "unitPrice": "45.50", "taxRate": 0}""")
                .andExpect(status().isCreated());

        api.put(PROPOSALS + "/" + id + "/lines/" + line, """
                {"label": "Audit", "quantity": 2, "unit": "day", "unitPrice": "800", "taxRate": 20, "version": 99}""")
                .andExpect(status().isConflict());
        api.put(PROPOSALS + "/" + id + "/lines/" + line, """
                {"label": "Audit", "quantity": 2, "unit": "day", "unitPrice": "800", "taxRate": 20, "version": 0}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.net.amount").value("1600.00"));
        api.get(PROPOSALS + "/" + id).andExpect(jsonPath("$.totals.gross.amount").value("1965.50"));

        api.delete(PROPOSALS + "/" + id + "/lines/" + line).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[*].label", Matchers.contains("Travel")))
                .andExpect(jsonPath("$.lines[0].lineNumber").value(1))
                .andExpect(jsonPath("$.totals.gross.amount").value("45.50"));
        api.get(PROPOSALS + "/" + id + "/history").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].changes[*].field", Matchers.hasItem("proposal.field.lines")));
    }

    @Test
    void aLineWrittenFromTheCatalogCopiesTheProductAndItsRateAsTheyAreNow() throws Exception {
        long rate = SalesDocumentClient.id(api.post("/api/v1/tax-rates", """
                {"name": "Reduced 10 %", "rate": 10}"""));
        long product = SalesDocumentClient.id(api.post("/api/v1/products", """
                {"reference": "WIN-H", "label": "Window cleaning", "kind": "SERVICE", "unit": "h",
                 "unitPrice": "32.50", "taxRateId": %d}""".formatted(rate)));
        long id = api.proposal(customer, "[]");
        api.post(PROPOSALS + "/" + id + "/lines", "{\"productId\": %d, \"quantity\": 2}".formatted(product))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.productId").value(product))
                .andExpect(jsonPath("$.label").value("Window cleaning"))
                .andExpect(jsonPath("$.unit").value("h"))
                .andExpect(jsonPath("$.unitPrice.amount").value("32.50"))
                .andExpect(jsonPath("$.taxRate").value(10))
                .andExpect(jsonPath("$.taxName").value("Reduced 10 %"))
                .andExpect(jsonPath("$.gross.amount").value("71.50"));
        api.post(PROPOSALS + "/" + id + "/lines", """
                {"label": "Ladder", "quantity": 1, "unitPrice": "5"}""").andExpect(status().isCreated())
                .andExpect(jsonPath("$.taxName").value(Matchers.not(Matchers.emptyString())));

        long elsewhere = SalesDocumentClient.id(new SalesDocumentClient(mvc, tenants.create("Other catalog"))
                .post("/api/v1/products", """
                        {"reference": "X", "label": "Not yours", "kind": "PRODUCT", "unitPrice": "1"}"""));
        invalid(api.post(PROPOSALS + "/" + id + "/lines", "{\"productId\": %d, \"quantity\": 1}"
                .formatted(elsewhere)), "productId");
        invalid(api.post(PROPOSALS + "/" + id + "/lines", "{\"label\": \"x\", \"quantity\": 1, "
                + "\"unitPrice\": \"1\", \"taxRateId\": 1}"), "taxRateId");
    }

    @Test
    void aProposalMovesOnlyAsItsStatusesAllow() throws Exception {
        long id = api.proposal(customer, SalesDocumentClient.TWO_LINES);
        String path = PROPOSALS + "/" + id;

        refused(api.post(path + "/approve", null), "draft", "approve");
        refused(api.post(path + "/reopen", null), "draft", "reopen");
        api.post(path + "/send", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.actions", Matchers.contains("negotiate", "approve", "reject")));
        refused(api.post(path + "/send", null), "sent", "send");
        problem(api.post(path + "/lines", "{\"label\": \"More\", \"quantity\": 1, \"unitPrice\": \"1\", "
                + "\"taxRate\": 0}"), 409).andExpect(jsonPath("$.type").value(
                        "https://atrium.dev/problems/proposal-not-draft"));

        api.post(path + "/negotiate", null).andExpect(jsonPath("$.status").value("NEGOTIATION"));
        api.post(path + "/reopen", null).andExpect(jsonPath("$.status").value("DRAFT"));
        api.post(path + "/lines", "{\"label\": \"More\", \"quantity\": 1, \"unitPrice\": \"1\", \"taxRate\": 0}")
                .andExpect(status().isCreated());
        api.post(path + "/send", null).andExpect(jsonPath("$.status").value("SENT"));

        invalid(api.post(path + "/reject", "{\"reason\": \" \"}"), "reason");
        api.post(path + "/reject", "{\"reason\": \"Chose a cheaper offer\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.rejectionReason").value("Chose a cheaper offer"))
                .andExpect(jsonPath("$.actions").isEmpty());
        refused(api.post(path + "/approve", null), "rejected", "approve");
        refused(api.post(path + "/negotiate", null), "rejected", "negotiate");
    }

    @Test
    void aDraftWithoutLinesIsNotSent() throws Exception {
        long id = api.proposal(customer, "[]");
        problem(api.post(PROPOSALS + "/" + id + "/send", null), 409)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/proposal-without-lines"));
    }

    @Test
    void aProposalPastItsValidityWithoutAnAnswerShowsAsExpiredAndIsFilteredSo() throws Exception {
        LocalDate longAgo = LocalDate.now().minusDays(60);
        long expired = SalesDocumentClient.id(api.post(PROPOSALS, """
                {"partyId": %d, "proposalDate": "%s", "validUntil": "%s", "lines": %s}"""
                .formatted(customer, longAgo, longAgo.plusDays(30), SalesDocumentClient.TWO_LINES)));
        long current = api.proposal(customer, SalesDocumentClient.TWO_LINES);
        long answered = SalesDocumentClient.id(api.post(PROPOSALS, """
                {"partyId": %d, "proposalDate": "%s", "validUntil": "%s", "lines": %s}"""
                .formatted(customer, longAgo, longAgo.plusDays(30), SalesDocumentClient.TWO_LINES)));
        api.post(PROPOSALS + "/" + answered + "/send", null).andExpect(status().isOk());
        api.post(PROPOSALS + "/" + answered + "/approve", null).andExpect(status().isOk());

        api.get(PROPOSALS + "/" + expired).andExpect(jsonPath("$.expired").value(true));
        api.get(PROPOSALS + "/" + current).andExpect(jsonPath("$.expired").value(false));
        api.get(PROPOSALS + "/" + answered).andExpect(jsonPath("$.expired").value(false));
        api.get(PROPOSALS + "?expired=true").andExpect(jsonPath("$.items[*].id", Matchers.contains((int) expired)))
                .andExpect(jsonPath("$.items[0].expired").value(true));
        api.get(PROPOSALS + "?expired=false&sort=reference").andExpect(jsonPath("$.items[*].id",
                Matchers.contains((int) current, (int) answered)));
    }

    @Test
    void theListFiltersByStatusPartyDateAndTextAndPagesByKeyset() throws Exception {
        long other = api.customer("Moulin Coffee");
        long first = api.proposal(customer, "[]");
        long second = api.proposal(other, "[]");
        long third = api.proposal(customer, SalesDocumentClient.TWO_LINES);
        api.post(PROPOSALS + "/" + third + "/send", null).andExpect(status().isOk());

        api.get(PROPOSALS + "?status=SENT").andExpect(jsonPath("$.items[*].id", Matchers.contains((int) third)));
        api.get(PROPOSALS + "?party=" + other).andExpect(jsonPath("$.items[*].id", Matchers.contains((int) second)));
        api.get(PROPOSALS + "?q=moulin").andExpect(jsonPath("$.items[*].partyName", Matchers.contains("Moulin Coffee")));
        api.get(PROPOSALS + "?from=" + LocalDate.now().plusDays(1)).andExpect(jsonPath("$.items").isEmpty());
        String page = api.body(PROPOSALS + "?sort=reference&size=2");
        assertThat(JsonPath.<List<Integer>>read(page, "$.items[*].id")).as("the first page")
                .containsExactly((int) first, (int) second);
        api.get(PROPOSALS + "?sort=reference&size=2&after=" + JsonPath.read(page, "$.next"))
                .andExpect(jsonPath("$.items[*].id", Matchers.contains((int) third)))
                .andExpect(jsonPath("$.count.value").value(3));
        invalid(api.get(PROPOSALS + "?sort=notes"), "sort");
    }

    @Test
    void theExportIsTheFilteredListAsCsv() throws Exception {
        api.proposal(customer, SalesDocumentClient.TWO_LINES);
        String csv = api.get(PROPOSALS + "/export.csv").andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("proposals-")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).as("the header and the proposal's row").contains("Reference", "Third party")
                .contains("PR-" + Year.now() + "-00001", "Saint-Roch Bakery", "Draft", "275.76");
    }

    @Test
    void aProposalDownloadsAsAPdfNamedForItsReference() throws Exception {
        long id = api.proposal(customer, SalesDocumentClient.TWO_LINES);
        String reference = JsonPath.read(api.body(PROPOSALS + "/" + id), "$.reference");
        byte[] pdf = api.get(PROPOSALS + "/" + id + "/pdf").andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString(reference + ".pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).as("the printed proposal")
                    .contains("Proposal", reference, "Saint-Roch Bakery", "Cleaning", "Products", "275.76");
        }
    }

    @Test
    void badInputIsRefusedFieldByFieldAndWritesNothing() throws Exception {
        long elsewhere = new SalesDocumentClient(mvc, tenants.create("Elsewhere")).customer("Not yours");
        var refused = invalid(api.post(PROPOSALS, """
                {"partyId": %d, "currency": "JPY", "proposalDate": "2026-03-10", "validUntil": "2026-03-01",
                 "lines": [{"label": " ", "quantity": 0, "unitPrice": "10.5", "discountPercent": 120, "taxRate": -1}]}"""
                .formatted(elsewhere)), "partyId");
        refused.andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("partyId", "validUntil",
                "lines[0].label", "lines[0].quantity", "lines[0].unitPrice", "lines[0].discountPercent",
                "lines[0].taxRate")));
        invalid(api.post(PROPOSALS, "{}"), "partyId");
        api.get(PROPOSALS).andExpect(jsonPath("$.items").isEmpty());

        long id = api.proposal(customer, "[]");
        invalid(api.post(PROPOSALS + "/" + id + "/lines", "{\"label\": \"x\", \"quantity\": 1, \"unitPrice\": "
                + "\"1.234\", \"taxRate\": 20}"), "unitPrice");
        invalid(api.put(PROPOSALS + "/" + id, "{\"partyId\": %d, \"currency\": \"USD\"}".formatted(customer)),
                "version").andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("currency")));
        problem(api.get(PROPOSALS + "/" + (id + 1_000_000)), 404);
    }

    private static void refused(ResultActions response, String status,
            String action) throws Exception {
        problem(response, 409)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/proposal-transition-refused"))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.action").value(action));
    }
}
