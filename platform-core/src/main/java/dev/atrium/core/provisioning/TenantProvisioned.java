package dev.atrium.core.provisioning;

/** Published once a tenant and its owner exist, inside the creating transaction. */
public record TenantProvisioned(long tenantId, String slug) {
}
