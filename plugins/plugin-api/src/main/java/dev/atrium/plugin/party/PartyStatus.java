package dev.atrium.plugin.party;

/** An archived party stays for history and for the rows that refer to it, but takes no new business. */
public enum PartyStatus {
    ACTIVE,
    ARCHIVED
}
