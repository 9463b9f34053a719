package dev.atrium.app;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.IsolationFixture;
import dev.atrium.core.test.SeededIds;
import dev.atrium.core.test.TenantApi;
import dev.atrium.core.test.TableSnapshots;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The contracts module's rows, contracts and their lines. It lives here, not in the module's own tests, because
 * the sweep needs every module's fixture at once. AMC's pages and API take third-party ids, which the core's
 * party fixture seeds, and hold no rows of their own.
 */
@Component
class ContractsIsolationFixture implements IsolationFixture {

    private static final String[] TABLES = {"contract", "contract_line"};
    private static final String LINE = "{\"description\": \"Taken over\", \"quantity\": 1, \"unitPrice\": \"1.00\"";

    private final TenantApi api;
    private final TenantRows rows;
    private final TableSnapshots snapshots;

    ContractsIsolationFixture(TenantApi api, TenantRows rows) {
        this.api = api;
        this.rows = rows;
        this.snapshots = new TableSnapshots(rows, TABLES);
    }

    @Override
    public SeededIds seed(TestTenant a) {
        String customer = api.create(a.bearer(), "/api/v1/third-parties", """
                {"kind": "COMPANY", "name": "Contract customer of %s", "salesRelation": "CUSTOMER"}"""
                .formatted(a.slug()));
        long partyId = ((Number) JsonPath.read(customer, "$.id")).longValue();
        String contract = api.create(a.bearer(), "/api/v1/contracts", """
                {"reference": "C-%1$s", "title": "Support for %1$s", "partyId": %2$d}""".formatted(a.slug(), partyId));
        long contractId = ((Number) JsonPath.read(contract, "$.id")).longValue();
        String line = api.create(a.bearer(), "/api/v1/contracts/" + contractId + "/lines",
                "{\"description\": \"Support\", \"quantity\": 1, \"unitPrice\": \"100.00\"}");
        return new SeededIds().row("contractId", contractId).row("contractLineId", JsonPath.read(line, "$.id"));
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
        if (pattern.equals("/api/v1/contracts/{contractId}/lines/{contractLineId}")) {
            return Optional.of(LINE + ", \"version\": 0}");
        }
        if (pattern.equals("/api/v1/contracts/{contractId}/lines")) {
            return Optional.of(LINE + "}");
        }
        if (pattern.equals("/api/v1/contracts/{contractId}/tags")) {
            return Optional.of("{\"tagIds\": []}");
        }
        if (pattern.equals("/t/{slug}/contracts/{contractId}/tags")) {
            return Optional.of("tagIds=");
        }
        if (pattern.equals("/t/{slug}/contracts/{contractId}/lines")) {
            return Optional.of("description=Taken+over&quantity=1&unitPrice=1.00");
        }
        return pattern.startsWith("/api/v1/contracts/")
                ? Optional.of("{\"reference\": \"X-1\", \"title\": \"Taken over\", \"partyId\": 1}")
                : Optional.empty();
    }

    @Override
    public void takeSnapshot(TestTenant a) {
        snapshots.take(a);
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        snapshots.assertUnchanged(a, "contracts");
    }
}
