package dev.atrium.core.party;

import dev.atrium.plugin.list.FoldedText;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A search term folded as the database folds a party's name, code, email and tax id into {@code
 * third_party.search_text} ({@code search_text_folded}, migration V18), and the trigrams it is found by: accents,
 * case and punctuation aside, so "saint roch" finds "Saint-Roch" and "cafe" finds "Café".
 *
 * <p>The trigrams are those of {@code third_party_search_trigram} (a trigger on {@code third_party}, V7, cut from
 * the folded text since V18). Equality on text is leakproof, so under row-level security the planner may still
 * find a term's parties through that table's index, where it may not use a trigram index for {@code like}.
 */
final class ThirdPartySearchText {

    private ThirdPartySearchText() {
    }

    /** Decomposed, marks dropped, lower-cased, each run of neither letters nor digits one space, trimmed. */
    static String fold(String text) {
        return FoldedText.fold(text);
    }

    /**
     * The trigrams every match of a folded term holds, cut as the database cuts the stored text: by characters,
     * without padding. Empty for a term under three characters, which no trigram narrows.
     */
    static Set<String> trigrams(String foldedTerm) {
        int[] characters = foldedTerm.codePoints().toArray();
        Set<String> trigrams = new LinkedHashSet<>();
        for (int i = 0; i + 3 <= characters.length; i++) {
            trigrams.add(new String(characters, i, 3));
        }
        return trigrams;
    }
}
