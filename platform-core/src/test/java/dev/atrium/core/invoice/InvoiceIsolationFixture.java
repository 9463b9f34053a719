package dev.atrium.core.invoice;

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
 * A draft invoice of tenant A with a line, and a validated one with its credit note, all named after A; another
 * tenant can neither read, change, validate, abandon nor credit them.
 */
@Component
class InvoiceIsolationFixture implements IsolationFixture {

    private static final String[] TABLES = {"invoice", "invoice_line"};

    private final TenantApi api;
    private final TableSnapshots snapshots;

    InvoiceIsolationFixture(TenantApi api, TenantRows rows) {
        this.api = api;
        this.snapshots = new TableSnapshots(rows, TABLES);
    }

    @Override
    public SeededIds seed(TestTenant a) {
        String party = api.create(a.bearer(), "/api/v1/third-parties", """
                {"kind": "COMPANY", "name": "Billed %1$s", "salesRelation": "CUSTOMER"}""".formatted(a.slug()));
        long partyId = JsonPath.<Number>read(party, "$.id").longValue();
        String draft = api.create(a.bearer(), "/api/v1/invoices", invoice(a, partyId));
        String validated = api.create(a.bearer(), "/api/v1/invoices", invoice(a, partyId));
        long validatedId = JsonPath.<Number>read(validated, "$.id").longValue();
        api.call(a.bearer(), HttpMethod.POST, "/api/v1/invoices/" + validatedId + "/validate", "", 200);
        String creditNote = api.create(a.bearer(), "/api/v1/invoices/" + validatedId + "/credit-notes", "{}");
        return new SeededIds()
                .row("invoiceId", JsonPath.read(draft, "$.id"))
                .row("invoiceId", validatedId)
                .row("invoiceId", JsonPath.read(creditNote, "$.id"))
                .row("lineId", JsonPath.read(draft, "$.lines[0].id"));
    }

    private static String invoice(TestTenant a, long partyId) {
        return """
                {"partyId": %d, "notes": "Notes of %2$s",
                 "lines": [{"label": "Work for %2$s", "quantity": 2, "unitPrice": 50, "taxRate": 20}]}"""
                .formatted(partyId, a.slug());
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
        if (pattern.startsWith("/api/v1/invoices")) {
            if (pattern.endsWith("/abandon")) {
                return Optional.of("{\"reason\": \"Intruder\"}");
            }
            if (pattern.endsWith("/credit-notes") || pattern.endsWith("/validate")) {
                return Optional.of("{}");
            }
            if (pattern.contains("/lines")) {
                return Optional.of("{\"label\": \"Intruder\", \"quantity\": 1, \"unitPrice\": 1, \"taxRate\": 0}");
            }
            return Optional.of("{\"version\": 0, \"notes\": \"Intruder\"}");
        }
        if (pattern.startsWith("/t/{slug}/invoices") && method == HttpMethod.POST) {
            if (pattern.endsWith("/abandon")) {
                return Optional.of("reason=Intruder");
            }
            if (pattern.contains("/lines")) {
                return Optional.of("label=Intruder&quantity=1&unitPrice=1&taxRate=0");
            }
            return Optional.of("version=0&notes=Intruder");
        }
        return Optional.empty();
    }

    @Override
    public void takeSnapshot(TestTenant a) {
        snapshots.take(a);
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        snapshots.assertUnchanged(a, "invoices, credit notes and their lines");
    }
}
