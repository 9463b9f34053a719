package dev.atrium.plugin.event;

import dev.atrium.plugin.party.PartyReference;

/**
 * A party was created, changed (its name, status, addresses...) or deleted.
 *
 * @param party the party as it is now (as it was, for a deletion)
 */
public record PartyChanged(long tenantId, PartyReference party, Change change) implements HostEvent {

    public enum Change {
        CREATED,
        UPDATED,
        DELETED
    }
}
