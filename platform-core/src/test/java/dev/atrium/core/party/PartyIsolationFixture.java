package dev.atrium.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.IsolationFixture;
import dev.atrium.core.test.SeededIds;
import dev.atrium.core.test.TenantApi;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Third parties with a contact and an address; another tenant's edits must reach none of them. */
@Component
class PartyIsolationFixture implements IsolationFixture {

    private static final String[] TABLES = {"third_party", "third_party_contact", "third_party_address"};

    private final TenantApi api;
    private final TenantRows rows;
    private final Map<Long, Map<String, List<Map<String, Object>>>> before = new ConcurrentHashMap<>();

    PartyIsolationFixture(TenantApi api, TenantRows rows) {
        this.api = api;
        this.rows = rows;
    }

    @Override
    public SeededIds seed(TestTenant a) {
        String party = api.create(a.bearer(), "/api/v1/third-parties", """
                {"kind": "COMPANY", "name": "Holdings of %1$s", "salesRelation": "CUSTOMER",
                 "email": "ceo@%1$s.test",
                 "contacts": [{"name": "Ann of %1$s", "email": "ann@%1$s.test"}],
                 "addresses": [{"kind": "BILLING", "line1": "9 Lane of %1$s", "city": "Lyon", "country": "FR"}]}
                """.formatted(a.slug()));
        return new SeededIds()
                .row("thirdPartyId", JsonPath.read(party, "$.id"))
                .row("contactId", JsonPath.read(party, "$.contacts[0].id"))
                .row("addressId", JsonPath.read(party, "$.addresses[0].id"));
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
        if (pattern.startsWith("/api/v1/third-parties/")) {
            if (pattern.contains("/contacts")) {
                return Optional.of("{\"name\": \"Intruder\", \"email\": \"intruder@example.test\"}");
            }
            if (pattern.contains("/addresses")) {
                return Optional.of("""
                        {"kind": "BILLING", "line1": "1 Rue X", "city": "Paris", "country": "FR"}""");
            }
            return Optional.of("""
                    {"version": 0, "kind": "COMPANY", "name": "Taken over", "salesRelation": "CUSTOMER"}""");
        }
        if (pattern.startsWith("/t/{slug}/third-parties/") && method == HttpMethod.POST) {
            if (pattern.endsWith("/contacts")) {
                return Optional.of("name=Intruder&email=intruder%40example.test");
            }
            if (pattern.endsWith("/addresses")) {
                return Optional.of("kind=BILLING&line1=1+Rue+X&city=Paris&country=FR");
            }
            if (pattern.endsWith("/{id}")) {
                return Optional.of("version=0&kind=COMPANY&name=Taken+over&salesRelation=CUSTOMER");
            }
        }
        return Optional.empty();
    }

    @Override
    public void takeSnapshot(TestTenant a) {
        before.put(a.id(), rows.snapshot(a, TABLES));
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        assertThat(rows.snapshot(a, TABLES)).as("tenant %s's third parties, contacts and addresses", a.slug())
                .isEqualTo(before.get(a.id()));
    }
}
