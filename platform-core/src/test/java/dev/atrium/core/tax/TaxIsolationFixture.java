package dev.atrium.core.tax;

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

/** A tax rate named after tenant A; another tenant can neither read, change, deactivate nor delete it. */
@Component
class TaxIsolationFixture implements IsolationFixture {

    private static final String[] TABLES = {"tax_rate"};

    private final TenantApi api;
    private final TableSnapshots snapshots;

    TaxIsolationFixture(TenantApi api, TenantRows rows) {
        this.api = api;
        this.snapshots = new TableSnapshots(rows, TABLES);
    }

    @Override
    public SeededIds seed(TestTenant a) {
        String rate = api.create(a.bearer(), "/api/v1/tax-rates", """
                {"name": "%s", "rate": "7.7"}""".formatted(name(a)));
        return new SeededIds().row("taxRateId", JsonPath.read(rate, "$.id"));
    }

    /** The slug itself when it fits a rate's 60 characters, so no answer to the other tenant may show it. */
    private static String name(TestTenant a) {
        return a.slug().length() <= TaxRateRequest.MAX_NAME ? a.slug() : a.slug().substring(0, TaxRateRequest.MAX_NAME);
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
        if (pattern.startsWith("/api/v1/tax-rates")) {
            return Optional.of("{\"name\": \"Intruder\", \"rate\": \"1\", \"version\": 0}");
        }
        if (pattern.startsWith("/t/{slug}/setup/taxes") && method == HttpMethod.POST) {
            return Optional.of("name=Intruder&rate=1&version=0");
        }
        return Optional.empty();
    }

    @Override
    public void takeSnapshot(TestTenant a) {
        snapshots.take(a);
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        snapshots.assertUnchanged(a, "tax rates");
    }
}
