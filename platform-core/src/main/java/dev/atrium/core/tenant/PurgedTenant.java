package dev.atrium.core.tenant;

import java.time.Instant;

/** What a purge leaves behind: who purged which tenant and when, and how many rows went. Never the data. */
public record PurgedTenant(long tenantId, String slug, String purgedBy, Instant purgedAt, long rowsDeleted) {
}
