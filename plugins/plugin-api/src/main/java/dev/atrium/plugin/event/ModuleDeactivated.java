package dev.atrium.plugin.event;

/** The tenant deactivated a module; its data stays. */
public record ModuleDeactivated(long tenantId, String moduleKey) implements HostEvent {
}
