package dev.atrium.core.proposal;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.ApiClient;
import dev.atrium.core.test.TestTenant;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Writes the documents of the sales chain through the API as one tenant's owner: a customer, a proposal with
 * lines, and the steps that bring it to approval. The order tests start from here too.
 */
public class SalesDocumentClient extends ApiClient {

    public static final String PROPOSALS = "/api/v1/proposals";
    public static final String ORDERS = "/api/v1/orders";

    /** Two lines at two rates: 3 × 19.99 less 10 % at 20 % (net 53.97, tax 10.79), and 2 × 100 at 5.5 %. */
    public static final String TWO_LINES = """
            [{"label": "Cleaning", "quantity": 3, "unit": "h", "unitPrice": "19.99", "discountPercent": 10,
              "taxRate": 20, "taxName": "VAT 20 %"},
             {"label": "Products", "quantity": 2, "unitPrice": "100.00", "taxRate": 5.5}]""";

    public SalesDocumentClient(MockMvc mvc, TestTenant tenant) {
        super(mvc, tenant);
    }

    /** A customer of the tenant named {@code name}, billed in EUR. */
    public long customer(String name) throws Exception {
        return id(post("/api/v1/third-parties", """
                {"kind": "COMPANY", "name": "%s", "salesRelation": "CUSTOMER", "currency": "EUR"}""".formatted(name)));
    }

    /** A draft proposal to {@code partyId} with {@code lines} (a JSON array). */
    public long proposal(long partyId, String lines) throws Exception {
        return id(post(PROPOSALS, """
                {"partyId": %d, "lines": %s}""".formatted(partyId, lines)));
    }

    /** A proposal with {@link #TWO_LINES}, sent and approved by the customer. */
    public long approvedProposal(long partyId) throws Exception {
        long id = proposal(partyId, TWO_LINES);
        post(PROPOSALS + "/" + id + "/send", null).andExpect(status().isOk());
        post(PROPOSALS + "/" + id + "/approve", null).andExpect(status().isOk());
        return id;
    }

    public static long number(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }
}
