package dev.atrium.core.module;

import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the plugin archives of a directory and keeps the ones that are sound
 * modules. Whatever is wrong with one archive (an unreadable descriptor, an
 * incompatible API version, a missing dependency, a {@code start()} that
 * throws, a module descriptor that breaks the rules) is logged with the
 * archive and the reason, and only that archive is left out.
 */
final class ModuleLoader {

    private static final Logger log = LoggerFactory.getLogger(ModuleLoader.class);

    private ModuleLoader() {
    }

    static InstalledModules load(Path pluginsDir, boolean development) {
        ModulePluginManager plugins = new ModulePluginManager(pluginsDir, development);
        if (!Files.isDirectory(pluginsDir)) {
            log.warn("The plugins directory {} does not exist: no modules are installed", pluginsDir.toAbsolutePath());
            return new InstalledModules(List.of(), List.of(), plugins::unloadPlugins);
        }
        plugins.loadPlugins();
        plugins.startPlugins();

        List<InstalledModule> installed = new ArrayList<>();
        List<SkippedPlugin> skipped = new ArrayList<>();
        for (PluginWrapper plugin : plugins.getPlugins()) {
            String refusal = plugin.getPluginState() == PluginState.STARTED ? null : whyNotStarted(plugin);
            InstalledModule module = refusal == null ? moduleOf(plugin, skipped) : null;
            if (refusal != null) {
                skipped.add(new SkippedPlugin(plugin.getPluginPath(), plugin.getPluginId(), refusal));
            } else if (module != null) {
                installed.add(module);
            }
        }
        skipped.addAll(unreadableArchives(pluginsDir, plugins.getPlugins()));
        dropModulesMissingRequirements(installed, skipped);

        skipped.forEach(skip -> log.error("Plugin archive {} ({}) is skipped: {}. The platform starts without it.",
                skip.archive().getFileName(), skip.pluginId() == null ? "no plugin id" : skip.pluginId(), skip.reason()));
        log.info("Modules installed from {}: {}", pluginsDir.toAbsolutePath(), installed.isEmpty() ? "none"
                : installed.stream().map(m -> m.key() + " " + m.descriptor().version()).collect(Collectors.joining(", ")));
        return new InstalledModules(installed, skipped, plugins::unloadPlugins);
    }

    private static String whyNotStarted(PluginWrapper plugin) {
        Throwable failure = plugin.getFailedException();
        return switch (plugin.getPluginState()) {
            case FAILED -> "it failed to start: " + describe(failure);
            case DISABLED -> failure != null ? "it is incompatible with this platform (plugin API " + AtriumModule.API_VERSION
                    + ", the plugin requires '" + plugin.getDescriptor().getRequires() + "')" : "it is disabled";
            default -> "its dependencies " + plugin.getDescriptor().getDependencies().stream()
                    .map(d -> d.getPluginId()).toList() + " are not installed or did not start";
        };
    }

    private static InstalledModule moduleOf(PluginWrapper plugin, List<SkippedPlugin> skipped) {
        String id = plugin.getPluginId();
        try {
            List<AtriumModule> extensions = plugin.getPluginManager().getExtensions(AtriumModule.class, id);
            if (extensions.isEmpty() && !plugin.getPluginManager().getExtensionClassNames(id).isEmpty()) {
                return refuse(plugin, skipped, "its module could not be created: a class it needs is missing from "
                        + "the archive or the platform (PF4J's error above names it)");
            }
            if (extensions.size() != 1) {
                throw new IllegalArgumentException("it has " + extensions.size() + " AtriumModule extensions, not one "
                        + "(is META-INF/extensions.idx in the jar? plugins need <proc>full</proc> on JDK 23+)");
            }
            AtriumModule module = extensions.getFirst();
            ModuleDescriptor declared = module.descriptor();
            String archiveVersion = plugin.getDescriptor().getVersion();
            if (!declared.key().equals(id)) {
                throw new IllegalArgumentException("its module key '" + declared.key() + "' is not its plugin id");
            }
            if (declared.version() != null && !declared.version().equals(archiveVersion)) {
                throw new IllegalArgumentException("its module version " + declared.version()
                        + " differs from the archive's " + archiveVersion);
            }
            ModuleDescriptor descriptor = declared.withVersion(archiveVersion);
            // Touch everything the host will wire, so a missing class fails here and not halfway through boot.
            module.configurationClasses();
            module.entityClasses();
            module.migrationLocations();
            module.partyReferences().forEach(reference -> {
                if (!reference.module().equals(id)) {
                    throw new IllegalArgumentException("it declares a party reference of table " + reference.table()
                            + " for module '" + reference.module() + "', not its own");
                }
            });
            String listPrefix = id.replace('_', '-');
            module.listColumns().forEach(list -> {
                if (!list.list().equals(listPrefix) && !list.list().startsWith(listPrefix + "-")) {
                    throw new IllegalArgumentException("it declares the list '" + list.list() + "', not named after "
                            + "the module ('" + listPrefix + "' or '" + listPrefix + "-...')");
                }
            });
            return new InstalledModule(descriptor, module, plugin.getPluginClassLoader(), plugin.getPluginPath());
        } catch (RuntimeException | LinkageError e) {
            String reason = e instanceof IllegalArgumentException ? "its module descriptor is invalid: " + e.getMessage()
                    : missingClass(e).map(name -> "a class it needs is missing from the archive or the platform: "
                            + name).orElseGet(() -> "its module could not be read: " + describe(e));
            log.debug("Module plugin {} failed", id, e);
            return refuse(plugin, skipped, reason);
        }
    }

    private static InstalledModule refuse(PluginWrapper plugin, List<SkippedPlugin> skipped, String reason) {
        skipped.add(new SkippedPlugin(plugin.getPluginPath(), plugin.getPluginId(), reason));
        return null;
    }

    private static List<SkippedPlugin> unreadableArchives(Path pluginsDir, List<PluginWrapper> loaded) {
        Set<Path> known = new HashSet<>();
        loaded.forEach(plugin -> known.add(plugin.getPluginPath().toAbsolutePath().normalize()));
        try (Stream<Path> entries = Files.list(pluginsDir)) {
            return entries.filter(p -> p.toString().endsWith(".jar") || p.toString().endsWith(".zip"))
                    .filter(p -> !known.contains(p.toAbsolutePath().normalize())
                            && !known.contains(unzipped(p).toAbsolutePath().normalize()))
                    .map(p -> new SkippedPlugin(p, null, "it was not loaded: its plugin descriptor is "
                            + "missing or invalid, or a plugin it depends on is missing (PF4J's log above has the details)"))
                    .toList();
        } catch (IOException e) {
            log.warn("Could not list {}", pluginsDir, e);
            return List.of();
        }
    }

    private static Path unzipped(Path zip) {
        String name = zip.getFileName().toString();
        return zip.resolveSibling(name.substring(0, name.length() - 4));
    }

    /** A module whose required module is not installed could never be activated: leave it out now. */
    private static void dropModulesMissingRequirements(List<InstalledModule> installed, List<SkippedPlugin> skipped) {
        boolean changed = true;
        while (changed) {
            Set<String> keys = installed.stream().map(InstalledModule::key).collect(Collectors.toSet());
            changed = installed.removeIf(module -> {
                List<String> missing = module.descriptor().requires().stream().filter(r -> !keys.contains(r)).toList();
                if (missing.isEmpty()) {
                    return false;
                }
                skipped.add(new SkippedPlugin(module.archive(), module.key(), "it requires modules " + missing
                        + " that are not installed"));
                return true;
            });
        }
    }

    private static Optional<String> missingClass(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClassNotFoundException || cause instanceof NoClassDefFoundError) {
                return Optional.of(cause.getMessage().replace('/', '.'));
            }
        }
        return Optional.empty();
    }

    private static String describe(Throwable failure) {
        if (failure == null) {
            return "no reason given";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
