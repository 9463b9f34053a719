/**
 * The tenant's parties as modules see them: {@link dev.atrium.plugin.party.Parties} to find and
 * require them, {@link dev.atrium.plugin.party.PartyReference} for what is known of one, and
 * {@link dev.atrium.plugin.party.PartyReferenceTable} to declare a table that refers to them.
 */
package dev.atrium.plugin.party;
