package dev.atrium.plugin.module;

import java.util.List;
import java.util.Optional;

/**
 * A per-tenant setting of a module, stored by the host when the tenant
 * activates the module and kept when it deactivates. Its kind decides the
 * field a tenant admin edits it with on the module's setup page, and the host
 * refuses a value not of that kind before the module's own
 * {@link AtriumModule#checkSetting} sees it.
 *
 * <pre>{@code
 * ModuleDescriptor.builder("contracts", "Contracts")
 *         .setting(ModuleSetting.wholeNumber("contracts.default-term-months", "Term of a new contract, in months", 12))
 *         .setting(ModuleSetting.yesNo("contracts.renew-automatically", "Renew contracts automatically", false))
 *         .setting(ModuleSetting.choice("contracts.billing", "Bill", "monthly", "monthly", "quarterly", "yearly"))
 * }</pre>
 *
 * @param key          {@code <module key>.<name>}
 * @param description  the field's label, shown to tenant admins
 * @param defaultValue the value written on first activation
 * @param kind         what values it takes
 * @param choices      for {@link Kind#CHOICE}, the values offered, in order; empty otherwise
 */
public record ModuleSetting(String key, String description, String defaultValue, Kind kind, List<String> choices) {

    /** The longest value of a text setting. */
    public static final int MAX_TEXT = 500;

    /** What values a setting takes, and so which field edits it. */
    public enum Kind {
        /** Free text up to {@link #MAX_TEXT} characters. */
        TEXT,
        /** A whole number such as {@code 12} or {@code -3}. */
        WHOLE_NUMBER,
        /** A decimal number such as {@code 85.50}. */
        DECIMAL,
        /** {@code true} or {@code false}: a checkbox. */
        YES_NO,
        /** One of the declared choices: a drop-down. */
        CHOICE
    }

    public ModuleSetting {
        if (key == null || !key.matches("[a-z][a-z0-9-]*\\.[a-z0-9.-]+")) {
            throw new IllegalArgumentException("A setting key is '<module>.<name>' in lower case: " + key);
        }
        description = description == null ? "" : description;
        defaultValue = defaultValue == null ? "" : defaultValue;
        kind = kind == null ? Kind.TEXT : kind;
        choices = choices == null ? List.of() : List.copyOf(choices);
        if ((kind == Kind.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("Setting " + key + ": choices go with a CHOICE setting, and only there");
        }
        Optional<String> wrongDefault = refusal(kind, choices, defaultValue);
        if (wrongDefault.isPresent()) {
            throw new IllegalArgumentException("Setting " + key + ": the default " + wrongDefault.get());
        }
    }

    /** A text setting, as settings were before they had kinds. */
    public ModuleSetting(String key, String description, String defaultValue) {
        this(key, description, defaultValue, Kind.TEXT, List.of());
    }

    public static ModuleSetting text(String key, String description, String defaultValue) {
        return new ModuleSetting(key, description, defaultValue);
    }

    public static ModuleSetting wholeNumber(String key, String description, long defaultValue) {
        return new ModuleSetting(key, description, Long.toString(defaultValue), Kind.WHOLE_NUMBER, List.of());
    }

    public static ModuleSetting decimal(String key, String description, String defaultValue) {
        return new ModuleSetting(key, description, defaultValue, Kind.DECIMAL, List.of());
    }

    public static ModuleSetting yesNo(String key, String description, boolean defaultValue) {
        return new ModuleSetting(key, description, Boolean.toString(defaultValue), Kind.YES_NO, List.of());
    }

    public static ModuleSetting choice(String key, String description, String defaultValue, String... choices) {
        return new ModuleSetting(key, description, defaultValue, Kind.CHOICE, List.of(choices));
    }

    /**
     * Why {@code value} is not of this setting's kind, or empty when it is. The
     * host asks this first; the module's {@link AtriumModule#checkSetting} then
     * judges the business rule (a term of at least one month, say).
     */
    public Optional<String> refusal(String value) {
        return refusal(kind, choices, value);
    }

    private static Optional<String> refusal(Kind kind, List<String> choices, String value) {
        if (value == null) {
            return Optional.of("must not be null");
        }
        return switch (kind) {
            case TEXT -> value.length() > MAX_TEXT
                    ? Optional.of("must be at most " + MAX_TEXT + " characters") : Optional.empty();
            case WHOLE_NUMBER -> value.strip().matches("-?[0-9]{1,18}")
                    ? Optional.empty() : Optional.of("must be a whole number");
            case DECIMAL -> value.strip().matches("-?[0-9]{1,18}([.][0-9]{1,9})?")
                    ? Optional.empty() : Optional.of("must be a number such as 85.50");
            case YES_NO -> value.equals("true") || value.equals("false")
                    ? Optional.empty() : Optional.of("must be true or false");
            case CHOICE -> choices.contains(value)
                    ? Optional.empty() : Optional.of("must be one of " + String.join(", ", choices));
        };
    }
}
