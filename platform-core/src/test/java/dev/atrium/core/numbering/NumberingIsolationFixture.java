package dev.atrium.core.numbering;

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
 * Number series are named alike in every tenant: another tenant's call on
 * {@code party.customer} reaches its own series, so A's pattern carries A's
 * slug, which no answer to the other tenant may show, and must stay as it is.
 */
@Component
class NumberingIsolationFixture implements IsolationFixture {

    private static final String SERIES = "party.customer";
    private static final String[] TABLES = {"number_series", "number_series_counter"};

    private final TenantApi api;
    private final TenantRows rows;
    private final TableSnapshots snapshots;

    NumberingIsolationFixture(TenantApi api, TenantRows rows) {
        this.api = api;
        this.rows = rows;
        this.snapshots = new TableSnapshots(rows, TABLES);
    }

    /** Repeatable: it puts the series back as it was, so a sweep can undo the tenant's own changes. */
    @Override
    public SeededIds seed(TestTenant a) {
        api.call(a.bearer(), HttpMethod.PUT, "/api/v1/number-series/" + SERIES, """
                {"prefix": "C", "pattern": "%s-{seq:5}", "reset": "NEVER"}""".formatted(a.slug()), 200);
        return new SeededIds().name("series", SERIES);
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
        if (pattern.equals("/api/v1/number-series/{series}")) {
            return Optional.of("{\"prefix\": \"X\", \"pattern\": \"X-{seq:3}\", \"reset\": \"NEVER\"}");
        }
        if (pattern.equals("/t/{slug}/setup/numbering/{series}")) {
            return Optional.of("prefix=X&pattern=X-%7Bseq%3A3%7D&reset=NEVER");
        }
        return Optional.empty();
    }

    @Override
    public void takeSnapshot(TestTenant a) {
        snapshots.take(a);
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        snapshots.assertUnchanged(a, "number series");
    }
}
