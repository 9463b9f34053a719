/**
 * The timeline of every record: the host's {@link dev.atrium.plugin.history.RecordHistory}, written in the
 * caller's transaction, and read back newest first for the record's page and API.
 */
@ApplicationModule(displayName = "History", allowedDependencies = {"problem"})
package dev.atrium.core.history;

import org.springframework.modulith.ApplicationModule;
