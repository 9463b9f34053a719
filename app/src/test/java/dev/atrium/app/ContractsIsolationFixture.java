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

/** The contracts module's rows; it lives here because the module's beans live in a child context of the host. */
@Component
class ContractsIsolationFixture implements IsolationFixture {

    private static final String[] TABLES = {"contract"};

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
        return new SeededIds().row("contractId", JsonPath.read(contract, "$.id"));
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
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
