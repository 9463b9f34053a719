package dev.atrium.admin.tenants;

import dev.atrium.core.tenant.PurgedTenant;
import java.time.Instant;

/** The answer to a purge: the audit row's facts, nothing of the tenant's data. */
record PurgeView(long tenantId, String slug, String purgedBy, Instant purgedAt, long rowsDeleted) {

    static PurgeView of(PurgedTenant purged) {
        return new PurgeView(purged.tenantId(), purged.slug(), purged.purgedBy(), purged.purgedAt(),
                purged.rowsDeleted());
    }
}
