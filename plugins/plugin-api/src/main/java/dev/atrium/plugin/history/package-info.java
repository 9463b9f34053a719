/**
 * Who created and changed a record, and the notes people left on it, for the host's records and a module's
 * alike: {@link dev.atrium.plugin.history.RecordHistory} writes and reads a record's timeline,
 * {@link dev.atrium.plugin.history.FieldChange#between} turns two snapshots of a record into its changes.
 */
package dev.atrium.plugin.history;
