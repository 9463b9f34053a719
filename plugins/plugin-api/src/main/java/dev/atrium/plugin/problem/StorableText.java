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
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why {@code text} is refused, or empty when it is acceptable. */
    public static Optional<String> offence(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of("contains a NUL character");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains a lone surrogate");
            }
        }
        return Optional.empty();
    }
}
