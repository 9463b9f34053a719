package dev.atrium.core.module;

import dev.atrium.plugin.module.AtriumModule;
import java.io.File;
import java.io.FileFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.CompoundPluginRepository;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DefaultPluginRepository;
import org.pf4j.DevelopmentPluginRepository;
import org.pf4j.JarPluginRepository;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginRepository;
import org.pf4j.PropertiesPluginDescriptorFinder;
import org.pf4j.RuntimeMode;
import org.pf4j.util.OrFileFilter;

/**
 * PF4J as the host runs it: jar and zip archives, or in development mode the
 * modules' Maven projects (their {@code target/classes}), the plugin API's
 * version as the system version, and a plugin with a missing or wrong
 * dependency left out instead of failing all.
 */
final class ModulePluginManager extends DefaultPluginManager {

    private static final String BUILD_OUTPUT = "target/classes";

    /**
     * PF4J picks its repositories and loaders for the mode while its own
     * constructor runs, before this class's fields are set: the mode travels
     * to it through here.
     */
    private static final ThreadLocal<Boolean> DEVELOPMENT_WHILE_CONSTRUCTING = new ThreadLocal<>();

    private final Boolean development;

    ModulePluginManager(Path pluginsDir, boolean development) {
        super(announceMode(pluginsDir, development));
        DEVELOPMENT_WHILE_CONSTRUCTING.remove();
        this.development = development;
        setSystemVersion(AtriumModule.API_VERSION);
        setResolveRecoveryStrategy(ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE);
    }

    private static Path announceMode(Path pluginsDir, boolean development) {
        DEVELOPMENT_WHILE_CONSTRUCTING.set(development);
        return pluginsDir;
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        Boolean mode = development != null ? development : DEVELOPMENT_WHILE_CONSTRUCTING.get();
        return Boolean.TRUE.equals(mode) ? RuntimeMode.DEVELOPMENT : RuntimeMode.DEPLOYMENT;
    }

    @Override
    protected PluginRepository createPluginRepository() {
        return new CompoundPluginRepository()
                .add(new ModuleProjects(getPluginsRoots().toArray(Path[]::new)), this::isDevelopment)
                .add(new JarPluginRepository(getPluginsRoots()), this::isNotDevelopment)
                .add(new DefaultPluginRepository(getPluginsRoots()), this::isNotDevelopment);
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        return new CompoundPluginDescriptorFinder()
                .add(new BuildOutputDescriptorFinder())
                .add(new PropertiesPluginDescriptorFinder())
                .add(new ManifestPluginDescriptorFinder());
    }

    /** In development, only the projects that build a module (the plugin API itself does not). */
    private static final class ModuleProjects extends DevelopmentPluginRepository {

        ModuleProjects(Path... roots) {
            super(roots);
        }

        @Override
        protected FileFilter createHiddenPluginFilter() {
            return new OrFileFilter(super.createHiddenPluginFilter(),
                    directory -> !new File(directory, BUILD_OUTPUT + "/plugin.properties").isFile());
        }
    }

    /** A module's Maven project keeps its descriptor in the build output, not at the project's root. */
    private static final class BuildOutputDescriptorFinder extends PropertiesPluginDescriptorFinder {

        @Override
        public boolean isApplicable(Path pluginPath) {
            return Files.isRegularFile(pluginPath.resolve(BUILD_OUTPUT).resolve(propertiesFileName));
        }

        @Override
        protected Path getPropertiesPath(Path pluginPath, String propertiesFileName) {
            return pluginPath.resolve(BUILD_OUTPUT).resolve(propertiesFileName);
        }
    }
}
