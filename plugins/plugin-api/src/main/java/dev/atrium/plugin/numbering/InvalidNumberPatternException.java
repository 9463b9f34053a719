package dev.atrium.plugin.numbering;

/**
 * A number pattern, prefix or reset that cannot be used; the message says why
 * in words a tenant admin understands, and {@link #field()} names what is wrong.
 */
public final class InvalidNumberPatternException extends IllegalArgumentException {

    private final String field;

    InvalidNumberPatternException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** {@code pattern}, {@code prefix} or {@code reset}. */
    public String field() {
        return field;
    }
}
