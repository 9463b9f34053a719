package dev.atrium.core.party;

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

/** Third parties with a contact and an address; another tenant's edits must reach none of them. */
@Component
class PartyIsolationFixture implements IsolationFixture {

    private static final String[] TABLES = {"third_party", "third_party_contact", "third_party_address",
            "record_history"};

    private final TenantApi api;
    private final TenantRows rows;
    private final TableSnapshots snapshots;

    PartyIsolationFixture(TenantApi api, TenantRows rows) {
        this.api = api;
        this.rows = rows;
        this.snapshots = new TableSnapshots(rows, TABLES);
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
            if (pattern.endsWith("/notes")) {
                return Optional.of("{\"text\": \"Intruder\"}");
            }
            // A change names the version it read; an addition has none yet.
            String version = method == HttpMethod.PUT ? ", \"version\": 0" : "";
            if (pattern.contains("/contacts")) {
                return Optional.of("{\"name\": \"Intruder\", \"email\": \"intruder@example.test\"" + version + "}");
            }
            if (pattern.contains("/addresses")) {
                return Optional.of("""
                        {"kind": "BILLING", "line1": "1 Rue X", "city": "Paris", "country": "FR"%s}""".formatted(version));
            }
            return Optional.of("""
                    {"version": 0, "kind": "COMPANY", "name": "Taken over", "salesRelation": "CUSTOMER"}""");
        }
        if (pattern.startsWith("/t/{slug}/third-parties/") && method == HttpMethod.POST) {
            if (pattern.endsWith("/notes")) {
                return Optional.of("text=Intruder");
            }
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
        snapshots.take(a);
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        snapshots.assertUnchanged(a, "third parties, contacts, addresses and their history");
    }
}
