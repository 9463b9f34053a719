package dev.atrium.plugin.module;

/**
 * A per-tenant setting of a module, stored by the host when the tenant
 * activates the module and kept when it deactivates.
 *
 * <pre>{@code
 * new ModuleSetting("contracts.default-term-months", "Default term of a new contract", "12")
 * }</pre>
 *
 * @param key          {@code <module key>.<name>}
 * @param description  shown to tenant admins
 * @param defaultValue the value written on first activation
 */
public record ModuleSetting(String key, String description, String defaultValue) {

    public ModuleSetting {
        if (key == null || !key.matches("[a-z][a-z0-9-]*\\.[a-z0-9.-]+")) {
            throw new IllegalArgumentException("A setting key is '<module>.<name>' in lower case: " + key);
        }
        description = description == null ? "" : description;
        defaultValue = defaultValue == null ? "" : defaultValue;
    }
}
