package dev.atrium.core.tenant;

/**
 * A tenant was suspended, resumed or deleted, published inside the transaction that did it: what a node keeps
 * of the tenant's users and tokens must be forgotten once it commits.
 */
public record TenantChanged(long tenantId) {
}
