package dev.atrium.plugin.party;

/**
 * A module's table whose rows refer to parties. The module declares it in
 * {@link dev.atrium.plugin.module.AtriumModule#partyReferences()} and gives the
 * table, in its migration, a composite foreign key that carries the tenant:
 *
 * <pre>{@code
 * alter table contract add column party_id bigint;
 * alter table contract add foreign key (tenant_id, party_id) references third_party (tenant_id, id);
 * }</pre>
 *
 * <p>The database then refuses a row pointing at another tenant's party. Parties
 * are archived, never deleted, so the rows keep their party; the archive
 * confirmation names them in the module's words: "3 contracts (contracts)".
 *
 * <pre>{@code
 * new PartyReferenceTable("contracts", "contract", "party_id", "contract", "contracts")
 * }</pre>
 *
 * @param module   the declaring module's key
 * @param table    the module's table
 * @param column   its column holding the party's id
 * @param singular what one row is called, for people ({@code contract})
 * @param plural   what several are called ({@code contracts})
 */
public record PartyReferenceTable(String module, String table, String column, String singular, String plural) {

    private static final String IDENTIFIER = "[a-z][a-z0-9_]{0,62}";

    public PartyReferenceTable {
        // Table and column names end up in SQL: only plain lower-case identifiers are accepted.
        if (table == null || !table.matches(IDENTIFIER) || column == null || !column.matches(IDENTIFIER)) {
            throw new IllegalArgumentException("A party reference names a lower-case table and column: "
                    + table + "." + column);
        }
        if (singular == null || singular.isBlank() || plural == null || plural.isBlank()) {
            throw new IllegalArgumentException("A party reference says what its rows are called: " + table);
        }
    }

    /** "1 contract", "3 contracts". */
    public String describe(long count) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
