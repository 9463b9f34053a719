package dev.atrium.core.module;

import dev.atrium.core.module.ModuleActivationService.ModuleState;
import dev.atrium.plugin.module.MenuEntry;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.module.ModulePermission;
import dev.atrium.plugin.module.ModuleSetting;
import java.util.List;

/** An installed module and its state for the caller's tenant, as the API and the setup page show it. */
record ModuleView(String key, String name, String description, String version, List<String> requires,
        boolean active, List<String> missingRequirements, List<ModulePermission> permissions, List<MenuEntry> menu,
        List<ModuleSetting> settings) {

    static ModuleView of(ModuleState state) {
        return of(state, state.descriptor());
    }

    /** {@code state} told with {@code d}'s texts, the descriptor in the reader's language. */
    static ModuleView of(ModuleState state, ModuleDescriptor d) {
        return new ModuleView(d.key(), d.name(), d.description(), d.version(), d.requires(), state.active(),
                state.missingRequirements(), d.permissions(), d.menu(), d.settings());
    }
}
