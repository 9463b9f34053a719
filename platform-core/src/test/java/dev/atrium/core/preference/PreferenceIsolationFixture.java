package dev.atrium.core.preference;

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
 * A list's name is alike in every tenant: another tenant's call on {@code third-parties} reaches its own user's
 * choice, never A's owner's, which must stay as it is. A choice holds column keys alone, so it cannot carry A's
 * slug; the snapshot is what proves it untouched.
 */
@Component
class PreferenceIsolationFixture implements IsolationFixture {

    private static final String LIST = "third-parties";

    private final TenantApi api;
    private final TableSnapshots snapshots;

    PreferenceIsolationFixture(TenantApi api, TenantRows rows) {
        this.api = api;
        this.snapshots = new TableSnapshots(rows, "user_preference");
    }

    /** Repeatable: the same choice again. */
    @Override
    public SeededIds seed(TestTenant a) {
        api.call(a.bearer(), HttpMethod.PUT, "/api/v1/me/list-columns/" + LIST, """
                {"columns": ["code", "phone", "tags"]}""", 200);
        return new SeededIds().name("list", LIST);
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
        if (pattern.equals("/api/v1/me/list-columns/{list}")) {
            return Optional.of("{\"columns\": [\"email\"]}");
        }
        if (pattern.equals("/t/{slug}/third-parties/columns")) {
            return Optional.of("columns=email&action=save");
        }
        return Optional.empty();
    }

    @Override
    public void takeSnapshot(TestTenant a) {
        snapshots.take(a);
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        snapshots.assertUnchanged(a, "users' preferences");
    }
}
