package dev.atrium.plugin.link;

import java.util.regex.Pattern;

/**
 * One document of the tenant, named by its type and id: {@code invoice 42}, {@code contract 7}. The core's types
 * are {@code proposal}, {@code order}, {@code invoice} and {@code credit-note}; a module's is its
 * {@link DocumentLinkProvider#documentType()}.
 *
 * @param type lower-case letters, digits and dashes, starting with a letter, at most 40
 * @param id   the document's id
 */
public record DocumentRef(String type, long id) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public DocumentRef {
        requireType(type);
    }

    /** Whether {@code type} may name a document type. */
    public static boolean isType(String type) {
        return type != null && TYPE.matcher(type).matches();
    }

    static void requireType(String type) {
        if (!isType(type)) {
            throw new IllegalArgumentException("A document type is lower-case letters, digits and dashes, starting "
                    + "with a letter, at most 40: " + type);
        }
    }

    @Override
    public String toString() {
        return type + " " + id;
    }
}
