package dev.atrium.core.module;

import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import java.nio.file.Path;

/**
 * A module whose plugin archive loaded and started.
 *
 * @param descriptor  what it declares, with the archive's version
 * @param module      its extension, for the hooks the host calls
 * @param classLoader the plugin's own class loader
 * @param archive     where it was loaded from
 */
public record InstalledModule(ModuleDescriptor descriptor, AtriumModule module, ClassLoader classLoader, Path archive) {

    public String key() {
        return descriptor.key();
    }
}
