package dev.atrium.core.catalog;

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
 * A product whose label is tenant A's slug; another tenant can neither read, change, deactivate nor reactivate
 * it, nor read its history.
 */
@Component
class CatalogIsolationFixture implements IsolationFixture {

    private static final String[] TABLES = {"product"};

    private final TenantApi api;
    private final TableSnapshots snapshots;

    CatalogIsolationFixture(TenantApi api, TenantRows rows) {
        this.api = api;
        this.snapshots = new TableSnapshots(rows, TABLES);
    }

    @Override
    public SeededIds seed(TestTenant a) {
        String product = api.create(a.bearer(), "/api/v1/products", """
                {"reference": "ISO-%d", "label": "%s", "kind": "SERVICE", "unit": "h", "unitPrice": "80.00"}"""
                .formatted(a.id(), a.slug()));
        return new SeededIds().row("productId", JsonPath.read(product, "$.id"));
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
        if (pattern.startsWith("/api/v1/products")) {
            return Optional.of("{\"reference\": \"INTRUDER\", \"label\": \"Intruder\", \"kind\": \"PRODUCT\", "
                    + "\"unitPrice\": \"1.00\", \"version\": 0}");
        }
        if (pattern.startsWith("/t/{slug}/products") && method == HttpMethod.POST) {
            return Optional.of("reference=INTRUDER&label=Intruder&kind=PRODUCT&unitPrice=1.00&version=0");
        }
        return Optional.empty();
    }

    @Override
    public void takeSnapshot(TestTenant a) {
        snapshots.take(a);
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        snapshots.assertUnchanged(a, "products");
    }
}
