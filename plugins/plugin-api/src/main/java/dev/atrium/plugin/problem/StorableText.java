package dev.atrium.plugin.problem;

import java.util.Optional;

/**
 * The rule for text anyone sends us, wherever it comes from: no NUL (PostgreSQL refuses it) and no lone surrogate
 * (the driver would store it as {@code ?} without a word). The host applies it to every request; a module applies
 * it to text it decodes itself, such as a token.
 *
 * <pre>{@code
 * StorableText.offence(value).ifPresent(why -> { throw ProblemException.invalidField("code", why); });
 * }</pre>
 *
 * <p>The reason is a field error message of the host's bundles, its key in braces, which the host words in the
 * reader's language wherever it answers the field error (the problem's {@code errors}, a form's field).
 */
public final class StorableText {

    /** The reason for text holding a NUL character: "contains a NUL character". */
    public static final String NUL_CHARACTER = "{problem.field.nul-character}";
    /** The reason for text holding half of a UTF-16 pair alone: "contains a lone surrogate". */
    public static final String LONE_SURROGATE = "{problem.field.lone-surrogate}";

    private StorableText() {
    }

    /** Why {@code text} is refused ({@link #NUL_CHARACTER} or {@link #LONE_SURROGATE}), or empty when it is fine. */
    public static Optional<String> offence(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of(NUL_CHARACTER);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(LONE_SURROGATE);
            }
        }
        return Optional.empty();
    }
}
