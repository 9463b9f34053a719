package dev.atrium.core.tenant;

/**
 * A closed tenant's rows are gone, every one of them. Published in the purge's transaction; features that
 * keep something of the tenant outside its tables (caches) forget it.
 */
public record TenantPurged(long tenantId, String slug) {
}
