package dev.atrium.core.role;

import dev.atrium.core.module.InstalledModule;
import dev.atrium.core.module.InstalledModules;
import dev.atrium.core.module.ModuleTexts;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.module.ModulePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every right a role may hold, grouped by feature, with its name for a reader: the core's from the roles bundle,
 * a module's as its descriptor describes it, under the module's name.
 */
@Component
class RightCatalog {

    private final InstalledModules installed;
    private final MessageSource messages;
    private final ModuleTexts moduleTexts;

    RightCatalog(InstalledModules installed, MessageSource messages, ModuleTexts moduleTexts) {
        this.installed = installed;
        this.messages = messages;
        this.moduleTexts = moduleTexts;
    }

    /** @param module the module's key, or null for a core feature */
    record Right(String key, String name, String module) {
    }

    record Group(String feature, String name, List<Right> rights) {
    }

    List<Group> groups(Locale locale) {
        Map<String, List<Right>> core = new LinkedHashMap<>();
        for (String right : CorePermissions.ALL) {
            core.computeIfAbsent(CorePermissions.featureOf(right), feature -> new ArrayList<>())
                    .add(new Right(right, coreName(right, locale), null));
        }
        List<Group> groups = new ArrayList<>();
        core.forEach((feature, rights) -> groups.add(new Group(feature,
                messages.getMessage("roles.feature." + feature, null, feature, locale), List.copyOf(rights))));
        for (InstalledModule module : installed.all()) {
            ModuleDescriptor worded = moduleTexts.of(module.descriptor(), locale);
            List<Right> rights = worded.permissions().stream()
                    .map(permission -> new Right(permission.name(), moduleName(permission), module.key())).toList();
            if (!rights.isEmpty()) {
                groups.add(new Group(module.key(), worded.name(), rights));
            }
        }
        return groups;
    }

    boolean exists(String right) {
        return CorePermissions.ALL.contains(right) || modulePermission(right).isPresent();
    }

    String nameOf(String right, Locale locale) {
        if (CorePermissions.ALL.contains(right)) {
            return coreName(right, locale);
        }
        return installed.find(CorePermissions.featureOf(right))
                .flatMap(module -> moduleTexts.of(module.descriptor(), locale).permissions().stream()
                        .filter(permission -> permission.name().equals(right)).findFirst())
                .map(RightCatalog::moduleName).orElse(right);
    }

    /** The rights a module declares, with the built-in roles that get them on its first activation. */
    List<ModulePermission> declaredBy(String moduleKey) {
        return installed.find(moduleKey).map(module -> module.descriptor().permissions()).orElse(List.of());
    }

    private Optional<ModulePermission> modulePermission(String right) {
        return installed.find(CorePermissions.featureOf(right)).flatMap(module -> module.descriptor().permissions()
                .stream().filter(permission -> permission.name().equals(right)).findFirst());
    }

    private String coreName(String right, Locale locale) {
        return messages.getMessage(CorePermissions.messageKey(right), null, right, locale);
    }

    private static String moduleName(ModulePermission permission) {
        return permission.description().isBlank() ? permission.name() : permission.description();
    }
}
