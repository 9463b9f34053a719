package dev.atrium.core.module;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.web.MenuLink;
import dev.atrium.core.web.NavigationContributor;
import dev.atrium.plugin.module.MenuEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The menu entries of the modules the user's tenant has active, each shown
 * only to roles holding its permission; and the way to Setup > Modules.
 */
class ModuleNavigation implements NavigationContributor {

    private static final int MODULES_ORDER = 500;
    private static final int SETUP_ORDER = 940;
    private static final int MODULE_SETUP_ORDER = 950;

    private final InstalledModules installed;
    private final ModuleGuard guard;
    private final ModuleTexts texts;

    ModuleNavigation(InstalledModules installed, ModuleGuard guard, ModuleTexts texts) {
        this.installed = installed;
        this.guard = guard;
        this.texts = texts;
    }

    @Override
    public List<MenuLink> links(AtriumPrincipal user) {
        List<MenuLink> links = new ArrayList<>();
        Set<String> active = guard.activeModules(user.tenantId());
        if (!active.isEmpty()) {
            for (InstalledModule module : installed.all()) {
                if (!active.contains(module.key())) {
                    continue;
                }
                for (MenuEntry entry : texts.of(module.descriptor()).menu()) {
                    if (entry.permission() == null || user.hasPermission(entry.permission())) {
                        links.add(new MenuLink(module.key(), entry.label(), "/" + entry.path(), MODULES_ORDER));
                    }
                }
            }
        }
        if (user.hasPermission(CorePermissions.SETUP_MODULES)) {
            links.add(new MenuLink("setup-modules", "Modules", "/setup/modules", SETUP_ORDER));
            // Each active module with settings joins the Setup group under its own name.
            for (InstalledModule module : installed.all()) {
                if (active.contains(module.key()) && !module.descriptor().settings().isEmpty()) {
                    links.add(new MenuLink("setup-module-" + module.key(), texts.name(module.key()),
                            "/setup/modules/" + module.key(), MODULE_SETUP_ORDER));
                }
            }
        }
        return links;
    }
}
