package dev.atrium.core.module;

import dev.atrium.plugin.module.AtriumModule;
import java.nio.file.Path;
import org.pf4j.DefaultPluginManager;
import org.pf4j.RuntimeMode;

/**
 * PF4J as the host runs it: jar and zip archives (or, in development mode, the
 * modules' build output), the plugin API's version as the system version, and
 * a plugin with a missing or wrong dependency left out instead of failing all.
 */
final class ModulePluginManager extends DefaultPluginManager {

    private final boolean development;

    ModulePluginManager(Path pluginsDir, boolean development) {
        super(pluginsDir);
        this.development = development;
        setSystemVersion(AtriumModule.API_VERSION);
        setResolveRecoveryStrategy(ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE);
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        // PF4J asks once during its own construction, before the field is set; what matters are the later asks.
        return development ? RuntimeMode.DEVELOPMENT : RuntimeMode.DEPLOYMENT;
    }
}
