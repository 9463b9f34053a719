package dev.atrium.plugin.event;

import dev.atrium.plugin.party.PartyReference;

/**
 * A party was created or changed: its name, its addresses, or its status when
 * it is archived or restored. Parties are never deleted, so a module's rows
 * keep referring to them.
 *
 * @param party the party as it is now
 */
public record PartyChanged(long tenantId, PartyReference party, Change change) implements HostEvent {

    public enum Change {
        CREATED,
        UPDATED
    }
}
