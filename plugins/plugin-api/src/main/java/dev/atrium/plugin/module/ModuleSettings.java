package dev.atrium.plugin.module;

/**
 * The bound tenant's values of module settings, read at request time (a tenant
 * admin's change applies to the next request, no restart). A setting is named by
 * its key, {@code <module>.<name>}, as declared in the module's descriptor; a
 * tenant without a stored value gets the declared default. Asking for a key no
 * installed module declares is a programming error ({@link IllegalArgumentException}).
 *
 * <pre>{@code
 * int months = settings.getInt("contracts.default-term-months");          // 12 unless the tenant changed it
 * LocalDate end = start.plusMonths(months).minusDays(1);
 * settings.set("contracts.default-term-months", "24");                    // checked by the module first
 * }</pre>
 */
public interface ModuleSettings {

    /** The tenant's value, or the declared default. */
    String get(String key);

    /**
     * The value as an integer.
     *
     * @throws IllegalStateException when the stored value is not one (a module whose
     *         {@link AtriumModule#checkSetting} lets non-numbers through)
     */
    default int getInt(String key) {
        String value = get(key).strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("The setting " + key + " is not a whole number");
        }
    }

    /** {@code true} for "true", "yes" or "on" (any case), false otherwise. */
    default boolean getBoolean(String key) {
        String value = get(key).strip().toLowerCase(java.util.Locale.ROOT);
        return value.equals("true") || value.equals("yes") || value.equals("on");
    }

    /**
     * Stores the tenant's value after the declaring module's
     * {@link AtriumModule#checkSetting(String, String)} accepted it; otherwise a
     * {@code 400 validation-failed} problem names the setting and why. A tenant that never activated the
     * module has no settings of it to change: {@code 404 module-not-active}.
     */
    void set(String key, String value);
}
