package dev.atrium.plugin.list;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for a search that ignores accents, case and punctuation, so that "saint roch" finds "Saint-Roch" and
 * "cafe" finds "Café": compatibility-decomposed, combining marks dropped, lower-cased, each run of anything but
 * letters and digits one space, trimmed. The host's database folds stored text the same way with its function
 * {@code search_text_folded(text)}, which {@link ListFilter#containsFoldedText} compares against.
 *
 * <pre>{@code
 * FoldedText.fold("  Café de l'Étoile — Saint-Roch ");   // "cafe de l etoile saint roch"
 * }</pre>
 */
public final class FoldedText {

    /** The combining marks the database drops too: the same blocks, so both sides fold alike. */
    private static final Pattern MARKS =
            Pattern.compile("[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]");
    private static final Pattern NEITHER_LETTER_NOR_DIGIT = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsDigit}]+");

    private FoldedText() {
    }

    /** {@code text} folded; empty for text of punctuation only. */
    public static String fold(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return NEITHER_LETTER_NOR_DIGIT.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
