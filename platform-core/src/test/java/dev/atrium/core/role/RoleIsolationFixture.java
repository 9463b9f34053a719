package dev.atrium.core.role;

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
 * A role of A's own, named after A, with rights: its key is A's alone, so another tenant gets 404 for it, and
 * neither it nor A's built-in roles may change through another tenant's calls.
 */
@Component
class RoleIsolationFixture implements IsolationFixture {

    private static final String[] TABLES = {"tenant_role", "tenant_role_right"};

    private final TenantApi api;
    private final TableSnapshots snapshots;

    RoleIsolationFixture(TenantApi api, TenantRows rows) {
        this.api = api;
        this.snapshots = new TableSnapshots(rows, TABLES);
    }

    @Override
    public SeededIds seed(TestTenant a) {
        String created = api.create(a.bearer(), "/api/v1/roles", """
                {"name": "Auditor of %s", "rights": ["thirdparty:read", "thirdparty:export"]}""".formatted(a.slug()));
        return new SeededIds().row("role", JsonPath.read(created, "$.key"));
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
        if (pattern.startsWith("/api/v1/roles")) {
            return Optional.of("{\"name\": \"Other role\", \"rights\": [\"thirdparty:read\"]}");
        }
        if (pattern.startsWith("/t/{slug}/setup/roles")) {
            return Optional.of("name=Other+role&rights=thirdparty%3Aread");
        }
        return Optional.empty();
    }

    @Override
    public void takeSnapshot(TestTenant a) {
        snapshots.take(a);
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        snapshots.assertUnchanged(a, "roles and their rights");
    }
}
