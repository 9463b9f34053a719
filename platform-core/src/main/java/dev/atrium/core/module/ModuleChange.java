package dev.atrium.core.module;

import java.time.Instant;

/** One line of a tenant's module history: who switched which module on or off, and when. */
record ModuleChange(String module, String action, String actorEmail, Instant occurredAt) {
}
