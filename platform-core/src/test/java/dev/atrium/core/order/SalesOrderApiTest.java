package dev.atrium.core.order;

import static dev.atrium.core.proposal.SalesDocumentClient.ORDERS;
import static dev.atrium.core.proposal.SalesDocumentClient.PROPOSALS;
import static dev.atrium.core.test.Problems.invalid;
import static dev.atrium.core.test.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.proposal.SalesDocumentClient;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PlatformTest
class SalesOrderApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantRows rows;

    TestTenant tenant;
    SalesDocumentClient api;
    long customer;

    @BeforeEach
    void newTenant() throws Exception {
        tenant = tenants.create("Orders");
        api = new SalesDocumentClient(mvc, tenant);
        customer = api.customer("Saint-Roch Bakery");
    }

    @Test
    void anApprovedProposalBecomesAnOrderThenAnInvoiceWithTheSameLinesAndAmounts() throws Exception {
        long proposal = api.approvedProposal(customer);
        String proposalJson = api.body(PROPOSALS + "/" + proposal);

        String order = api.post(PROPOSALS + "/" + proposal + "/order", null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.proposalId").value(proposal))
                .andExpect(jsonPath("$.lines[*].line.label", Matchers.contains("Cleaning", "Products")))
                .andExpect(jsonPath("$.totals.gross.amount").value(JsonPath.<String>read(proposalJson,
                        "$.totals.gross.amount")))
                .andReturn().getResponse().getContentAsString();
        long orderId = SalesDocumentClient.number(order, "$.id");
        api.get(PROPOSALS + "/" + proposal).andExpect(jsonPath("$.orderId").value(orderId))
                .andExpect(jsonPath("$.convertible").value(false));
        problem(api.post(PROPOSALS + "/" + proposal + "/order", null), 409)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/proposal-already-converted"));
        problem(api.post(PROPOSALS + "/" + proposal + "/invoice", null), 409);

        api.post(ORDERS + "/" + orderId + "/validate", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value("SO-" + Year.now() + "-00001"))
                .andExpect(jsonPath("$.status").value("VALIDATED"));
        long invoice = SalesDocumentClient.number(api.post(ORDERS + "/" + orderId + "/invoice", null)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.invoiceId");

        api.get(ORDERS + "/" + orderId).andExpect(jsonPath("$.status").value("BILLED"))
                .andExpect(jsonPath("$.invoiceIds", Matchers.contains((int) invoice)))
                .andExpect(jsonPath("$.lines[*].remaining", Matchers.contains(0, 0)));
        Map<String, Object> invoiceRow = invoice(invoice);
        assertThat(invoiceRow).as("the invoice names the order as its origin")
                .containsEntry("origin_type", "order").containsEntry("origin_id", orderId);
        assertThat(invoiceLines(invoice)).as("the invoice's lines, figures and amounts as on the proposal")
                .containsExactly("Cleaning 3 19.99 10 20 53.97 10.79", "Products 2 100 0 5.5 200 11");
    }

    @Test
    void anApprovedProposalBecomesADraftInvoiceStraightAway() throws Exception {
        long proposal = api.approvedProposal(customer);
        long invoice = SalesDocumentClient.number(api.post(PROPOSALS + "/" + proposal + "/invoice", null)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.invoiceId");
        api.get(PROPOSALS + "/" + proposal).andExpect(jsonPath("$.invoiceId").value(invoice));
        assertThat(invoice(invoice)).containsEntry("origin_type", "proposal").containsEntry("origin_id", proposal);
        assertThat(invoiceLines(invoice)).hasSize(2);
        problem(api.post(PROPOSALS + "/" + api.proposal(customer, "[]") + "/order", null), 409)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/proposal-not-approved"));
    }

    @Test
    void anOrderMovesOnlyAsItsStatusesAllow() throws Exception {
        long empty = id(api.post(ORDERS, "{\"partyId\": %d}".formatted(customer)));
        problem(api.post(ORDERS + "/" + empty + "/validate", null), 409)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/order-without-lines"));
        long order = order();
        String path = ORDERS + "/" + order;
        refused(api.post(path + "/deliver", null), "draft", "deliver");
        problem(api.post(path + "/invoice", null), 409)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/order-not-invoiceable"));
        api.post(path + "/validate", null).andExpect(jsonPath("$.actions", Matchers.contains("deliver", "cancel")));
        refused(api.post(path + "/validate", null), "validated", "validate");
        problem(api.post(path + "/lines", "{\"label\": \"x\", \"quantity\": 1, \"unitPrice\": \"1\", "
                + "\"taxRate\": 0}"), 409).andExpect(jsonPath("$.type").value(
                        "https://atrium.dev/problems/order-not-draft"));
        api.post(path + "/deliver", null).andExpect(jsonPath("$.status").value("DELIVERED"));
        api.post(path + "/invoice", "{\"lines\": [{\"lineId\": %d, \"quantity\": 1}]}".formatted(line(order, 0)))
                .andExpect(status().isCreated());
        problem(api.post(path + "/cancel", null), 409)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/order-partly-invoiced"));

        long other = order();
        api.post(ORDERS + "/" + other + "/cancel", null).andExpect(jsonPath("$.status").value("CANCELED"))
                .andExpect(jsonPath("$.actions").isEmpty());
        refused(api.post(ORDERS + "/" + other + "/validate", null), "canceled", "validate");
    }

    @Test
    void chosenLinesAreInvoicedPartByPartAndNeverBeyondTheirQuantity() throws Exception {
        long order = order();
        api.post(ORDERS + "/" + order + "/validate", null).andExpect(status().isOk());
        long cleaning = line(order, 0);
        long products = line(order, 1);

        api.post(ORDERS + "/" + order + "/invoice", "{\"lines\": [{\"lineId\": %d, \"quantity\": 2}]}"
                .formatted(cleaning)).andExpect(status().isCreated());
        api.get(ORDERS + "/" + order).andExpect(jsonPath("$.status").value("VALIDATED"))
                .andExpect(jsonPath("$.lines[0].invoiced").value(2))
                .andExpect(jsonPath("$.lines[0].remaining").value(1))
                .andExpect(jsonPath("$.lines[1].remaining").value(2));
        problem(api.post(ORDERS + "/" + order + "/invoice", "{\"lines\": [{\"lineId\": %d, \"quantity\": 1.5}]}"
                .formatted(cleaning)), 409)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/order-line-over-invoiced"));
        invalid(api.post(ORDERS + "/" + order + "/invoice", ("{\"lines\": [{\"lineId\": %d, \"quantity\": -1}, "
                + "{\"lineId\": 1}]}").formatted(cleaning)), "lines[0].quantity")
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("lines[1].lineId")));

        api.post(ORDERS + "/" + order + "/invoice", null).andExpect(status().isCreated());
        api.get(ORDERS + "/" + order).andExpect(jsonPath("$.status").value("BILLED"))
                .andExpect(jsonPath("$.lines[*].remaining", Matchers.contains(0, 0)))
                .andExpect(jsonPath("$.invoiceIds.length()").value(2));
        assertThat(rows.snapshot(tenant, "invoice_line").get("invoice_line")).as("every invoice line of the order")
                .extracting(row -> ((BigDecimal) row.get("quantity")).stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("2", "1", "2");
        problem(api.post(ORDERS + "/" + order + "/invoice", "{\"lines\": [{\"lineId\": %d}]}".formatted(products)),
                409);
    }

    @Test
    void twoInvoicingsAtOnceNeverTakeMoreThanALineHas() throws Exception {
        long order = order();
        api.post(ORDERS + "/" + order + "/validate", null).andExpect(status().isOk());
        String body = "{\"lines\": [{\"lineId\": %d, \"quantity\": 2}]}".formatted(line(order, 0));
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Integer> invoicing = () -> {
            start.await();
            return api.post(ORDERS + "/" + order + "/invoice", body).andReturn().getResponse().getStatus();
        };
        List<Integer> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> both = List.of(threads.submit(invoicing), threads.submit(invoicing));
            for (Future<Integer> answer : both) {
                answers.add(answer.get());
            }
        }
        assertThat(answers).as("one invoicing takes 2 of the 3, the other finds only 1 left")
                .containsExactlyInAnyOrder(201, 409);
        api.get(ORDERS + "/" + order).andExpect(jsonPath("$.lines[0].invoiced").value(2))
                .andExpect(jsonPath("$.invoiceIds.length()").value(1));
        assertThat(rows.snapshot(tenant, "invoice").get("invoice")).as("one draft invoice, none half-written")
                .hasSize(1);
    }

    @Test
    void anOrderIsWrittenDirectlyAndItsBadInputIsRefusedFieldByField() throws Exception {
        invalid(api.post(ORDERS, """
                {"partyId": %d, "lines": [{"label": "x", "quantity": 1, "unitPrice": "abc", "taxRate": 20}]}"""
                .formatted(customer)), "lines[0].unitPrice");
        invalid(api.post(ORDERS, "{}"), "partyId");
        api.get(ORDERS).andExpect(jsonPath("$.items").isEmpty());
        long order = order();
        api.get(ORDERS + "?party=" + customer).andExpect(jsonPath("$.items[*].id", Matchers.contains((int) order)))
                .andExpect(jsonPath("$.items[0].reference").doesNotExist());
        api.put(ORDERS + "/" + order, "{\"partyId\": %d, \"notes\": \"Deliver before noon\", \"version\": %d}"
                .formatted(customer, SalesDocumentClient.number(api.body(ORDERS + "/" + order), "$.version")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.notes").value("Deliver before noon"));
        String csv = api.get(ORDERS + "/export.csv").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(csv).as("the export of the orders").contains("Saint-Roch Bakery", "275.76");
        problem(api.get(ORDERS + "/" + (order + 1_000_000)), 404);
        api.post(ORDERS + "/" + order + "/validate", null).andExpect(status().isOk());
        api.get(ORDERS + "/" + order + "/pdf").andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", Matchers.containsString("SO-" + Year.now() + "-00001.pdf")));
    }

    /** A draft order of {@link SalesDocumentClient#TWO_LINES}: 3 h of cleaning and 2 products. */
    private long order() throws Exception {
        return id(api.post(ORDERS, "{\"partyId\": %d, \"lines\": %s}".formatted(customer,
                SalesDocumentClient.TWO_LINES)));
    }

    private long line(long order, int index) throws Exception {
        return SalesDocumentClient.number(api.body(ORDERS + "/" + order), "$.lines[" + index + "].line.id");
    }

    private Map<String, Object> invoice(long id) {
        return rows.snapshot(tenant, "invoice").get("invoice").stream()
                .filter(row -> ((Number) row.get("id")).longValue() == id).findFirst().orElseThrow();
    }

    /** Each line of the invoice as "label quantity price discount rate net tax", in its order. */
    private List<String> invoiceLines(long invoice) {
        return rows.snapshot(tenant, "invoice_line").get("invoice_line").stream()
                .filter(row -> ((Number) row.get("invoice_id")).longValue() == invoice)
                .sorted(Comparator.comparing(row -> ((Number) row.get("position")).intValue()))
                .map(row -> String.join(" ", (String) row.get("label"), plain(row.get("quantity")),
                        plain(row.get("unit_price")), plain(row.get("discount_percent")), plain(row.get("tax_rate")),
                        plain(row.get("net")), plain(row.get("tax"))))
                .toList();
    }

    private static String plain(Object decimal) {
        return ((BigDecimal) decimal).stripTrailingZeros().toPlainString();
    }

    private static long id(ResultActions created) throws Exception {
        return SalesDocumentClient.id(created);
    }

    private static void refused(ResultActions response, String status,
            String action) throws Exception {
        problem(response, 409)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/order-transition-refused"))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.action").value(action));
    }
}
