package dev.atrium.plugin.event;

/** A new tenant and its owner exist. */
public record TenantProvisioned(long tenantId, String slug) implements HostEvent {
}
