package dev.atrium.core.module;

import java.time.Instant;

/**
 * One line of a tenant's module history: who switched which module on or off, and when.
 *
 * @param actorName the user's name at the time, or their email on rows written before names were kept
 */
record ModuleChange(String module, String action, String actorEmail, String actorName, Instant occurredAt) {
}
