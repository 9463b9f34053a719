package dev.atrium.core.party;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The three-character runs of a search term, as the database cuts a party's lower-cased name, code, email and tax
 * id into {@code third_party_search_trigram} (a trigger on {@code third_party}, migration V7). Equality on text is
 * leakproof, so under row-level security the planner may still find a term's parties through that table's index,
 * where it may not use the trigram index for {@code lower(x) like}.
 */
final class ThirdPartySearchTrigram {

    private ThirdPartySearchTrigram() {
    }

    /**
     * The trigrams every match of a lower-cased term holds, cut as the database cuts the stored fields: by
     * characters, without padding. Empty for a term under three characters, which no trigram narrows.
     */
    static Set<String> of(String lowerCaseTerm) {
        int[] characters = lowerCaseTerm.codePoints().toArray();
        Set<String> trigrams = new LinkedHashSet<>();
        for (int i = 0; i + 3 <= characters.length; i++) {
            trigrams.add(new String(characters, i, 3));
        }
        return trigrams;
    }
}
