package dev.atrium.core.module;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every module installed on this node, and the plugin archives that were
 * skipped. Installed is global; whether a tenant uses a module is
 * {@link ModuleGuard}'s question.
 */
public final class InstalledModules implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InstalledModules.class);

    private final Map<String, InstalledModule> modules = Collections.synchronizedMap(new TreeMap<>());
    private final List<SkippedPlugin> skipped = Collections.synchronizedList(new ArrayList<>());
    private final AutoCloseable plugins;

    InstalledModules(List<InstalledModule> installed, List<SkippedPlugin> skipped, AutoCloseable plugins) {
        installed.forEach(module -> {
            modules.put(module.key(), module);
        });
        this.skipped.addAll(skipped);
        this.plugins = plugins;
    }

    /**
     * Loads the plugin archives of {@code pluginsDir} (PF4J deployment mode).
     * Archives that cannot be installed are logged and listed in {@link #skipped()}.
     */
    public static InstalledModules load(Path pluginsDir) {
        return ModuleLoader.load(pluginsDir, false);
    }

    /** Installed modules, by key. */
    public List<InstalledModule> all() {
        synchronized (modules) {
            return List.copyOf(modules.values());
        }
    }

    public Optional<InstalledModule> find(String key) {
        return Optional.ofNullable(modules.get(key));
    }

    public List<SkippedPlugin> skipped() {
        return List.copyOf(skipped);
    }

    /** Takes out a module that loaded but could not be wired (its Spring context failed, say). */
    void skip(InstalledModule module, String reason) {
        modules.remove(module.key());
        skipped.add(new SkippedPlugin(module.archive(), module.key(), reason));
        log.error("Module '{}' from {} is skipped: {}. The platform runs without it.", module.key(), module.archive(),
                reason);
    }

    @Override
    public void close() throws Exception {
        plugins.close();
    }
}
