package dev.atrium.core.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An isolation fixture's memory of a tenant's rows in its feature's tables:
 * taken once the sweep's tenants are seeded, compared after the other tenant
 * has tried everything.
 */
public final class TableSnapshots {

    private final TenantRows rows;
    private final String[] tables;
    private final Map<Long, Map<String, List<Map<String, Object>>>> taken = new ConcurrentHashMap<>();

    public TableSnapshots(TenantRows rows, String... tables) {
        this.rows = rows;
        this.tables = tables.clone();
    }

    public void take(TestTenant tenant) {
        taken.put(tenant.id(), rows.snapshot(tenant, tables));
    }

    /** Fails, naming {@code what} of the tenant, unless its rows are as {@link #take} found them. */
    public void assertUnchanged(TestTenant tenant, String what) {
        assertThat(rows.snapshot(tenant, tables)).as("tenant %s's %s", tenant.slug(), what)
                .isEqualTo(taken.get(tenant.id()));
    }
}
