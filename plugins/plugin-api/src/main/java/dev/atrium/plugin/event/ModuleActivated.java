package dev.atrium.plugin.event;

/** The tenant activated a module (every module hears it, not only the one activated). */
public record ModuleActivated(long tenantId, String moduleKey, boolean firstActivation) implements HostEvent {
}
