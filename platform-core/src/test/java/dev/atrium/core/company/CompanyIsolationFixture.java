package dev.atrium.core.company;

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
 * Every tenant has one company, reached by the same address: A's legal name carries A's slug, which no answer
 * to the other tenant may show, and A's settings must stay as they are.
 */
@Component
class CompanyIsolationFixture implements IsolationFixture {

    private static final String[] TABLES = {"company_settings", "company_logo"};

    private final TenantApi api;
    private final TableSnapshots snapshots;

    CompanyIsolationFixture(TenantApi api, TenantRows rows) {
        this.api = api;
        this.snapshots = new TableSnapshots(rows, TABLES);
    }

    @Override
    public SeededIds seed(TestTenant a) {
        api.call(a.bearer(), HttpMethod.PUT, "/api/v1/company", body(a.slug() + " Ltd"), 200);
        return new SeededIds();
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
        if (pattern.equals("/api/v1/company")) {
            return Optional.of(body("Other Ltd"));
        }
        if (pattern.equals("/t/{slug}/setup/company")) {
            return Optional.of("name=Other&defaultCurrency=EUR&locale=en&timeZone=UTC&fiscalYearMonth=1"
                    + "&fiscalYearDay=1");
        }
        return Optional.empty();
    }

    private static String body(String legalName) {
        return """
                {"name": "Company", "legalName": "%s", "address": "", "taxId": "", "defaultCurrency": "EUR",
                 "locale": "en", "timeZone": "UTC", "fiscalYearMonth": 1, "fiscalYearDay": 1}""".formatted(legalName);
    }

    @Override
    public void takeSnapshot(TestTenant a) {
        snapshots.take(a);
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        snapshots.assertUnchanged(a, "company settings");
    }
}
