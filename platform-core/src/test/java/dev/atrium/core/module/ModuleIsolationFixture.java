package dev.atrium.core.module;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.IsolationFixture;
import dev.atrium.core.test.SeededIds;
import dev.atrium.core.test.TenantApi;
import dev.atrium.core.test.TableSnapshots;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Every installed module switched on. A module key names no tenant's row:
 * another tenant (de)activating {@code contracts} switches its own, and A's
 * activations, settings, grants and audit must stay as they were. First, so
 * the fixtures of modules find their module active.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModuleIsolationFixture implements IsolationFixture {

    private static final String[] TABLES = {"tenant_module", "tenant_module_setting", "module_permission_grant",
            "module_activation_audit"};

    private final TenantApi api;
    private final TenantRows rows;
    private final TableSnapshots snapshots;

    ModuleIsolationFixture(TenantApi api, TenantRows rows) {
        this.api = api;
        this.rows = rows;
        this.snapshots = new TableSnapshots(rows, TABLES);
    }

    /** Repeatable: it switches back on what the tenant switched off, so a sweep can undo the tenant's changes. */
    @Override
    public SeededIds seed(TestTenant a) {
        SeededIds ids = new SeededIds();
        List<String> keys = JsonPath.read(api.get(a.bearer(), "/api/v1/modules"), "$[*].key");
        // A module needs the modules it requires active first: switch on what can be, until nothing is left.
        for (int round = 0; round < keys.size(); round++) {
            List<String> inactive = JsonPath.read(api.get(a.bearer(), "/api/v1/modules"),
                    "$[?(@.active == false && @.missingRequirements empty true)].key");
            inactive.forEach(key -> api.call(a.bearer(), HttpMethod.PUT, "/api/v1/modules/" + key + "/activation",
                    null, 200));
        }
        List<String> stillInactive = JsonPath.read(api.get(a.bearer(), "/api/v1/modules"),
                "$[?(@.active == false)].key");
        assertThat(stillInactive).as("modules that could not be switched on for %s", a.slug()).isEmpty();
        keys.forEach(key -> ids.name("key", key));
        List<String> settings = JsonPath.read(api.get(a.bearer(), "/api/v1/modules"), "$[*].settings[*].key");
        settings.forEach(setting -> ids.name("setting", setting));
        return ids;
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
        return pattern.startsWith("/api/v1/modules/{key}/settings/")
                ? Optional.of("{\"value\": \"24\"}")
                : Optional.empty();
    }

    @Override
    public void takeSnapshot(TestTenant a) {
        snapshots.take(a);
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        snapshots.assertUnchanged(a, "modules");
    }
}
