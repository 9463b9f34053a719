package dev.atrium.core.proposal;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.IsolationFixture;
import dev.atrium.core.test.SeededIds;
import dev.atrium.core.test.TableSnapshots;
import dev.atrium.core.test.TenantApi;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Tenant A's proposal with a line, and its sales order with a line: another tenant can neither read, change,
 * move, convert nor invoice them.
 */
@Component
class ProposalIsolationFixture implements IsolationFixture {

    private static final String[] TABLES = {"proposal", "proposal_line", "sales_order", "sales_order_line",
            "sales_order_invoice"};

    private final TenantApi api;
    private final TableSnapshots snapshots;

    ProposalIsolationFixture(TenantApi api, TenantRows rows) {
        this.api = api;
        this.snapshots = new TableSnapshots(rows, TABLES);
    }

    @Override
    public SeededIds seed(TestTenant a) {
        Object party = JsonPath.read(api.create(a.bearer(), "/api/v1/third-parties", """
                {"kind": "COMPANY", "name": "Buyer of %s", "salesRelation": "CUSTOMER"}""".formatted(a.slug())),
                "$.id");
        String line = """
                [{"label": "Audit for %s", "quantity": 2, "unitPrice": "100", "taxRate": 20}]""".formatted(a.slug());
        String proposal = api.create(a.bearer(), "/api/v1/proposals", """
                {"partyId": %s, "notes": "Quote for %s", "lines": %s}""".formatted(party, a.slug(), line));
        String order = api.create(a.bearer(), "/api/v1/orders", """
                {"partyId": %s, "notes": "Order of %s", "lines": %s}""".formatted(party, a.slug(), line));
        return new SeededIds()
                .row("proposalId", JsonPath.read(proposal, "$.id"))
                .row("proposalLineId", JsonPath.read(proposal, "$.lines[0].id"))
                .row("orderId", JsonPath.read(order, "$.id"))
                .row("orderLineId", JsonPath.read(order, "$.lines[0].line.id"));
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
        boolean api = pattern.startsWith("/api/v1/proposals/") || pattern.startsWith("/api/v1/orders/");
        boolean page = (pattern.startsWith("/t/{slug}/proposals/") || pattern.startsWith("/t/{slug}/orders/"))
                && method == HttpMethod.POST;
        if (api) {
            if (pattern.endsWith("/reject")) {
                return Optional.of("{\"reason\": \"Intruder\"}");
            }
            if (pattern.endsWith("/invoice")) {
                return Optional.of("{\"lines\": []}");
            }
            if (pattern.contains("/lines")) {
                return Optional.of("""
                        {"label": "Intruder", "quantity": 1, "unitPrice": "1", "taxRate": 0, "version": 0}""");
            }
            return Optional.of("{\"partyId\": 1, \"notes\": \"Intruder\", \"version\": 0}");
        }
        if (page) {
            if (pattern.endsWith("/notes") || pattern.endsWith("/reject")) {
                return Optional.of("text=Intruder&reason=Intruder");
            }
            if (pattern.contains("/lines")) {
                return Optional.of("label=Intruder&quantity=1&unitPrice=1&taxRate=0&version=0");
            }
            return Optional.of("partyId=1&notes=Intruder&version=0&whole=true");
        }
        return Optional.empty();
    }

    @Override
    public void takeSnapshot(TestTenant a) {
        snapshots.take(a);
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        snapshots.assertUnchanged(a, "proposals, orders and their lines");
    }
}
