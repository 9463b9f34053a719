package dev.atrium.core.module;

import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.core.problem.Problems;
import dev.atrium.plugin.module.ModuleSetting;
import dev.atrium.plugin.module.ModuleSettings;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plugin API's {@link ModuleSettings}: the bound tenant's {@link TenantModuleSetting} rows, read on each
 * call so a change applies to the next request, with the declared default where the tenant has no row (a
 * setting added by a newer version of the module).
 */
class HostModuleSettings implements ModuleSettings {

    private final InstalledModules installed;
    private final TenantModuleSettingRepository settings;
    private final TenantModuleRepository modules;

    HostModuleSettings(InstalledModules installed, TenantModuleSettingRepository settings,
            TenantModuleRepository modules) {
        this.installed = installed;
        this.settings = settings;
        this.modules = modules;
    }

    @Override
    @Transactional(readOnly = true)
    public String get(String key) {
        Declared declared = declared(key);
        return settings.findByModuleKeyAndSettingKey(declared.module().key(), key).map(TenantModuleSetting::value)
                .orElse(declared.setting().defaultValue());
    }

    // The typed getters call get() on this object, not through its transactional proxy: without their own
    // transaction the read would run with no tenant set and row-level security would hide the tenant's value.
    @Override
    @Transactional(readOnly = true)
    public int getInt(String key) {
        return ModuleSettings.super.getInt(key);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean getBoolean(String key) {
        return ModuleSettings.super.getBoolean(key);
    }

    @Override
    @Transactional
    public void set(String key, String value) {
        Declared declared = declared(key);
        if (value == null) {
            throw refused(key, "must not be null");
        }
        // A tenant's settings belong to its activation record: kept while deactivated, absent before the first one.
        if (modules.findByModuleKey(declared.module().key()).isEmpty()) {
            throw new ModuleNotActiveException(declared.module().key(), declared.module().descriptor().name());
        }
        Optional<String> refusal = refusal(declared, value);
        if (refusal.isPresent()) {
            throw refused(key, refusal.get());
        }
        store(declared, value);
    }

    /**
     * Sets several of one module's settings at once, as its setup page's form does: every value is checked
     * first, and one bad value refuses them all in a single 400 naming each, so nothing is half saved.
     * A key the module does not declare is a 404.
     */
    @Transactional
    public Map<String, String> changeAll(String moduleKey, Map<String, String> values) {
        InstalledModule module = installed.find(moduleKey).orElseThrow(() -> new NotFoundException("Module", moduleKey));
        if (modules.findByModuleKey(moduleKey).isEmpty()) {
            throw new ModuleNotActiveException(moduleKey, module.descriptor().name());
        }
        List<Declared> declared = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String> value : values.entrySet()) {
            ModuleSetting setting = module.descriptor().settings().stream()
                    .filter(s -> s.key().equals(value.getKey())).findFirst()
                    .orElseThrow(() -> new NotFoundException("Setting", value.getKey()));
            Declared one = new Declared(module, setting);
            refusal(one, value.getValue()).ifPresent(why -> errors.add(new FieldError(setting.key(), why)));
            declared.add(one);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        declared.forEach(one -> store(one, values.get(one.setting().key())));
        return all(moduleKey);
    }

    /** What is wrong with {@code value}: first its kind (the host's check), then the module's own rule. */
    private static Optional<String> refusal(Declared declared, String value) {
        if (value == null) {
            return Optional.of("must not be null");
        }
        ModuleSetting setting = declared.setting();
        return setting.refusal(value).isPresent() ? Optional.of(refusalOfKind(setting))
                : declared.module().module().checkSetting(setting.key(), value.strip());
    }

    /** What {@link ModuleSetting#refusal} says, by key, so every language words it. */
    private static String refusalOfKind(ModuleSetting setting) {
        return switch (setting.kind()) {
            case TEXT -> ProblemTexts.key("problem.field.max-characters", ModuleSetting.MAX_TEXT);
            case WHOLE_NUMBER -> "{problem.field.type.long}";
            case DECIMAL -> "{problem.field.decimal-example}";
            case YES_NO -> "{problem.field.type.boolean}";
            case CHOICE -> ProblemTexts.key("problem.field.one-of", String.join(", ", setting.choices()));
        };
    }

    private void store(Declared declared, String value) {
        String key = declared.setting().key();
        String stored = declared.setting().kind() == ModuleSetting.Kind.TEXT ? value : value.strip();
        settings.findByModuleKeyAndSettingKey(declared.module().key(), key).ifPresentOrElse(
                row -> row.change(stored),
                () -> settings.save(new TenantModuleSetting(declared.module().key(), key, stored)));
    }

    /** The module's declared settings with the tenant's values; a module {@code key} that is not installed is a 404. */
    @Transactional(readOnly = true)
    public Map<String, String> all(String moduleKey) {
        InstalledModule module = installed.find(moduleKey).orElseThrow(() -> new NotFoundException("Module", moduleKey));
        Map<String, String> values = new LinkedHashMap<>();
        module.descriptor().settings().forEach(setting -> values.put(setting.key(), get(setting.key())));
        return values;
    }

    /** Sets a setting named through the API: one the module does not declare is a 404, not a programming error. */
    @Transactional
    public Map<String, String> change(String moduleKey, String key, String value) {
        boolean declared = installed.find(moduleKey).stream().flatMap(m -> m.descriptor().settings().stream())
                .anyMatch(setting -> setting.key().equals(key));
        if (!declared) {
            throw new NotFoundException("Setting", key);
        }
        set(key, value);
        return all(moduleKey);
    }

    private static ProblemException refused(String key, String why) {
        return Problems.invalidField(key, why);
    }

    private Declared declared(String key) {
        String moduleKey = key == null ? "" : key.substring(0, Math.max(0, key.indexOf('.')));
        InstalledModule module = installed.find(moduleKey).orElseThrow(() ->
                new IllegalArgumentException("No installed module declares the setting " + key));
        ModuleSetting setting = module.descriptor().settings().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Module " + moduleKey + " declares no setting " + key));
        return new Declared(module, setting);
    }

    private record Declared(InstalledModule module, ModuleSetting setting) {
    }
}
