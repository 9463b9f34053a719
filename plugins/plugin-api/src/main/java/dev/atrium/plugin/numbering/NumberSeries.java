package dev.atrium.plugin.numbering;

/**
 * A kind of document that takes legal numbers, with the defaults a tenant
 * starts from. A module declares its series in its descriptor
 * ({@code ModuleDescriptor.Builder.numberSeries}); the key starts with the
 * module's key. A tenant may then change the prefix, the pattern and (before
 * its first number) the reset under Setup → Numbering; its settings are kept
 * from its first number on, so a later default never renumbers it.
 *
 * <pre>{@code
 * new NumberSeries("contracts.contract", "Contracts", "CT", "{prefix}-{yyyy}-{seq:5}", NumberReset.YEARLY)
 * }</pre>
 *
 * @param key            {@code <feature or module>.<document>}, lower case
 * @param name           shown to tenant admins
 * @param defaultPrefix  what {@code {prefix}} stands for until the tenant changes it
 * @param defaultPattern see {@link NumberPattern}
 * @param defaultReset   when the counter starts again
 */
public record NumberSeries(String key, String name, String defaultPrefix, String defaultPattern,
        NumberReset defaultReset) {

    public static final int MAX_KEY_LENGTH = 60;

    public NumberSeries {
        if (key == null || key.length() > MAX_KEY_LENGTH || !key.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_-]*)+")) {
            throw new IllegalArgumentException("A number series key is '<feature>.<document>' in lower case: " + key);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Number series " + key + " needs a name");
        }
        if (defaultReset == null) {
            throw new IllegalArgumentException("Number series " + key + " needs a reset");
        }
        try {
            defaultPrefix = NumberPattern.checkPrefix(defaultPrefix);
            NumberPattern.parse(defaultPattern).checkFits(defaultReset);
        } catch (InvalidNumberPatternException e) {
            throw new IllegalArgumentException("Number series " + key + ": its default " + e.field() + " "
                    + e.getMessage());
        }
    }
}
