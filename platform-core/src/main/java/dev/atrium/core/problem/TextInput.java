package dev.atrium.core.problem;

import dev.atrium.plugin.problem.StorableText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one rule for text anyone sends us, whatever carries it (JSON body, query
 * parameter, form field, list cursor): well-formed UTF-8, no NUL, no lone
 * surrogate. PostgreSQL refuses a NUL (the error then carried the row's values
 * into the log), the driver stores a lone surrogate as {@code ?} without a
 * word, and a lenient decoder turns an overlong sequence such as
 * {@code C0 AF} into {@code /}, past any check made on the decoded text.
 */
public final class TextInput {

    public static final String MESSAGE = "contains a character that is not allowed "
            + "(a NUL, a lone surrogate or bytes that are not UTF-8)";

    private TextInput() {
    }

    /** Why {@code text} is refused, or empty when it is acceptable. */
    public static Optional<String> offence(CharSequence text) {
        return StorableText.offence(text);
    }

    public static boolean acceptable(CharSequence text) {
        return offence(text).isEmpty();
    }

    /** Decodes UTF-8 refusing every malformed or overlong sequence, as no decoder of the servlet stack does. */
    static String decodeStrictly(byte[] bytes) throws CharacterCodingException {
        return strictDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Decodes UTF-8 putting {@code replacement} where a sequence is malformed,
     * so a later reader can say where the bad bytes were.
     */
    static String decodeMarking(byte[] bytes, String replacement) {
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        StringBuilder text = new StringBuilder(bytes.length);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            text.append(out);
            out.clear();
            if (result.isError()) {
                text.append(replacement);
                in.position(in.position() + result.length());
            } else if (result.isUnderflow()) {
                break;
            }
        }
        decoder.flush(out);
        out.flip();
        return text.append(out).toString();
    }
}
