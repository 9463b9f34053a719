package dev.atrium.plugin.module;

import dev.atrium.plugin.numbering.NumberReset;
import dev.atrium.plugin.numbering.NumberSeries;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a module is: its key and name, what it needs and what it adds to a
 * tenant that activates it. Built with {@link #builder(String, String)}.
 *
 * <pre>{@code
 * ModuleDescriptor.builder("amc", "Annual maintenance contracts")
 *         .description("Yearly maintenance with scheduled visits.")
 *         .requires("contracts")
 *         .permission("amc:read", "See maintenance contracts", TenantRole.OWNER, TenantRole.ADMIN, TenantRole.MEMBER)
 *         .menuEntry("Maintenance", "amc", "amc:read")
 *         .setting("amc.visits-per-year", "Visits included per year", "2")
 *         .numberSeries("amc.visit-report", "Visit reports", "VR", "{prefix}-{yyyy}-{seq:5}", NumberReset.YEARLY)
 *         .build();
 * }</pre>
 *
 * <p>Its texts are English, and the fallback: the host shows each reader the translation the module ships in
 * {@code i18n/<key>_fr.properties} (beside the English {@code i18n/<key>.properties}) under keys derived from the
 * descriptor, e.g. for {@code amc}:
 *
 * <pre>
 * amc.module.name=Maintenance (AMC)
 * amc.module.description=Contrats de maintenance annuels ...
 * amc.menu.amc=Maintenance (AMC)                   # the menu entry whose path is "amc"
 * amc.setting.visits-per-year=Visites comprises ... # the setting "amc.visits-per-year"
 * amc.permission.schedule=Planifier les visites     # the permission "amc:schedule"
 * </pre>
 *
 * @param key         stable identifier, lower case; also the PF4J plugin id, the
 *                    migration history name and the template folder
 * @param name        shown to tenants
 * @param description one or two sentences shown on the setup page
 * @param version     the module's version (semantic versioning); leave it out of the
 *                    builder and the host takes the archive's {@code plugin.version},
 *                    which Maven fills from the project version
 * @param requires    keys of modules a tenant must have active first
 * @param permissions permissions the module adds, with their default roles
 * @param menu        links the module adds to the tenant's menu
 * @param settings    per-tenant settings with their defaults
 * @param numberSeries document number series the module takes numbers from, keyed
 *                    {@code <key>.<document>}, with their default patterns
 */
public record ModuleDescriptor(String key, String name, String description, String version, List<String> requires,
        List<ModulePermission> permissions, List<MenuEntry> menu, List<ModuleSetting> settings,
        List<NumberSeries> numberSeries) {

    public ModuleDescriptor {
        if (key == null || !key.matches("[a-z][a-z0-9_]{0,30}")) {
            throw new IllegalArgumentException("A module key is a short lower-case identifier: " + key);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Module " + key + " needs a name");
        }
        if (version != null && !version.matches("\\d+\\.\\d+\\.\\d+([-+].*)?")) {
            throw new IllegalArgumentException("Module " + key + " needs a semantic version, not " + version);
        }
        description = description == null ? "" : description;
        requires = List.copyOf(requires);
        if (requires.contains(key)) {
            throw new IllegalArgumentException("Module " + key + " cannot require itself");
        }
        permissions = List.copyOf(permissions);
        menu = List.copyOf(menu);
        settings = List.copyOf(settings);
        numberSeries = List.copyOf(numberSeries);
        for (ModulePermission permission : permissions) {
            if (!permission.name().startsWith(key + ":")) {
                throw new IllegalArgumentException("Module " + key + " may only add permissions '" + key
                        + ":...', not " + permission.name());
            }
        }
        for (ModuleSetting setting : settings) {
            if (!setting.key().startsWith(key + ".")) {
                throw new IllegalArgumentException("Module " + key + " may only declare settings '" + key
                        + ". ...', not " + setting.key());
            }
        }
        for (NumberSeries series : numberSeries) {
            if (!series.key().startsWith(key + ".")) {
                throw new IllegalArgumentException("Module " + key + " may only declare number series '" + key
                        + ". ...', not " + series.key());
            }
        }
        if (numberSeries.stream().map(NumberSeries::key).distinct().count() != numberSeries.size()) {
            throw new IllegalArgumentException("Module " + key + " declares a number series twice");
        }
    }

    /** This descriptor with the version of the archive it came from. */
    public ModuleDescriptor withVersion(String archiveVersion) {
        return new ModuleDescriptor(key, name, description, archiveVersion, requires, permissions, menu, settings,
                numberSeries);
    }

    public static Builder builder(String key, String name) {
        return new Builder(key, name);
    }

    /** Collects a descriptor; {@link #build()} checks it. */
    public static final class Builder {

        private final String key;
        private final String name;
        private String description = "";
        private String version;
        private final List<String> requires = new ArrayList<>();
        private final List<ModulePermission> permissions = new ArrayList<>();
        private final List<MenuEntry> menu = new ArrayList<>();
        private final List<ModuleSetting> settings = new ArrayList<>();
        private final List<NumberSeries> numberSeries = new ArrayList<>();

        private Builder(String key, String name) {
            this.key = key;
            this.name = name;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder requires(String... moduleKeys) {
            requires.addAll(List.of(moduleKeys));
            return this;
        }

        public Builder permission(String permission, String description, TenantRole... defaultRoles) {
            Set<TenantRole> roles = defaultRoles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(defaultRoles));
            permissions.add(new ModulePermission(permission, description, roles));
            return this;
        }

        public Builder menuEntry(String label, String path, String permission) {
            menu.add(new MenuEntry(label, path, permission));
            return this;
        }

        /** A text setting; {@link #setting(ModuleSetting)} declares one of another kind. */
        public Builder setting(String key, String description, String defaultValue) {
            return setting(ModuleSetting.text(key, description, defaultValue));
        }

        /** A setting of any kind, e.g. {@code setting(ModuleSetting.wholeNumber("amc.visits-per-year", "Visits a year", 2))}. */
        public Builder setting(ModuleSetting setting) {
            settings.add(setting);
            return this;
        }

        /** A series of document numbers, e.g. {@code ("contracts.contract", "Contracts", "CT", "{prefix}-{yyyy}-{seq:5}", YEARLY)}. */
        public Builder numberSeries(String key, String name, String defaultPrefix, String defaultPattern,
                NumberReset defaultReset) {
            numberSeries.add(new NumberSeries(key, name, defaultPrefix, defaultPattern, defaultReset));
            return this;
        }

        public ModuleDescriptor build() {
            return new ModuleDescriptor(key, name, description, version, requires, permissions, menu, settings,
                    numberSeries);
        }
    }
}
