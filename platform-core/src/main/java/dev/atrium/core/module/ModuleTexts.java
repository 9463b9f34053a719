package dev.atrium.core.module;

import dev.atrium.plugin.module.MenuEntry;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.module.ModulePermission;
import dev.atrium.plugin.module.ModuleSetting;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What a module's descriptor says to people, in the reader's language. The descriptor's texts are English; a
 * module translates them in its own bundle ({@code i18n/<key>.properties} and {@code _fr} beside it) under keys
 * the host derives from the descriptor, and an English text stands wherever a key is missing:
 *
 * <pre>
 * contracts.module.name=Contracts                      # the name
 * contracts.module.description=Service contracts ...    # the description
 * contracts.menu.contracts=Contracts                   # the menu entry whose path is "contracts"
 * contracts.setting.default-term-months=Term ...       # the setting "contracts.default-term-months"
 * contracts.permission.read=See contracts              # the permission "contracts:read"
 * </pre>
 */
public class ModuleTexts {

    private final MessageSource messages;
    private final InstalledModules installed;

    ModuleTexts(MessageSource messages, InstalledModules installed) {
        this.messages = messages;
        this.installed = installed;
    }

    /** The module's name in the reader's language; its key when no such module is installed. */
    public String name(String moduleKey) {
        return installed.find(moduleKey).map(module -> of(module.descriptor()).name()).orElse(moduleKey);
    }

    /** {@code descriptor} with its texts in the reader's language. */
    public ModuleDescriptor of(ModuleDescriptor descriptor) {
        return of(descriptor, LocaleContextHolder.getLocale());
    }

    /** {@code descriptor} with its texts in {@code locale}, English where the module has no translation. */
    public ModuleDescriptor of(ModuleDescriptor descriptor, Locale locale) {
        String key = descriptor.key();
        return new ModuleDescriptor(key, text(nameKey(key), descriptor.name(), locale),
                text(key + ".module.description", descriptor.description(), locale), descriptor.version(),
                descriptor.requires(),
                descriptor.permissions().stream().map(permission -> new ModulePermission(permission.name(),
                        text(permissionKey(key, permission), permission.description(), locale),
                        permission.defaultRoles())).toList(),
                descriptor.menu().stream().map(entry -> new MenuEntry(
                        text(key + ".menu." + entry.path(), entry.label(), locale), entry.path(),
                        entry.permission())).toList(),
                descriptor.settings().stream().map(setting -> new ModuleSetting(setting.key(),
                        text(settingKey(key, setting), setting.description(), locale), setting.defaultValue(),
                        setting.kind(), setting.choices())).toList(),
                descriptor.numberSeries());
    }

    static String nameKey(String moduleKey) {
        return moduleKey + ".module.name";
    }

    static String settingKey(String moduleKey, ModuleSetting setting) {
        return moduleKey + ".setting." + setting.key().substring(moduleKey.length() + 1);
    }

    static String permissionKey(String moduleKey, ModulePermission permission) {
        return moduleKey + ".permission." + permission.name().substring(moduleKey.length() + 1);
    }

    private String text(String code, String english, Locale locale) {
        return english == null || english.isBlank() ? english : messages.getMessage(code, null, english, locale);
    }
}
