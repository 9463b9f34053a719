package dev.atrium.app.module;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.module.InstalledModule;
import dev.atrium.core.module.InstalledModules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.context.ConfigurableApplicationContext;

/** In development mode the platform loads the modules straight from their Maven projects' build output. */
// Isolated: it starts nodes of its own. A starting application may silence and reset the JVM's logging, so no two
// may start at once, and only the contexts the test framework starts wait for each other.
@Isolated
class DevelopmentModeTest {

    private static final Path MODULE_PROJECTS = Path.of(System.getProperty("basedir", "."), "..", "plugins")
            .toAbsolutePath().normalize();

    @Test
    void developmentModeLoadsEveryModuleFromItsBuildOutputAndSkipsThePluginApi() {
        try (ConfigurableApplicationContext node = Nodes.start("atrium.plugins.dir=" + MODULE_PROJECTS,
                "atrium.plugins.development=true")) {
            assertThat(node.getBean(InstalledModules.class).all()).extracting(InstalledModule::key)
                    .as("modules loaded from " + MODULE_PROJECTS)
                    .containsExactly("amc", "contracts", "projects", "stock");
        }
    }
}
