package dev.atrium.app.module;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.module.InstalledModule;
import dev.atrium.core.module.InstalledModules;
import dev.atrium.core.module.SkippedPlugin;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Loading alone, without a Spring context: what a plugins directory with bad archives in it installs. */
@ExtendWith(OutputCaptureExtension.class)
class BrokenPluginTest {

    @Test
    void brokenArchivesAreSkippedWithAClearReasonAndTheOthersLoad(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        PluginArchives.copyOfInstalled(dir);
        PluginArchives.throwingOnStart(dir);
        PluginArchives.withoutPluginId(dir);
        PluginArchives.withMismatchedKey(dir);
        PluginArchives.forAnotherApi(dir);
        PluginArchives.missingALibrary(dir);

        try (InstalledModules modules = InstalledModules.load(dir)) {
            assertThat(modules.all()).extracting(InstalledModule::key)
                    .containsExactly("amc", "contracts", "projects", "stock");
            Map<String, String> reasons = modules.skipped().stream().collect(Collectors.toMap(
                    skipped -> skipped.archive().getFileName().toString(), SkippedPlugin::reason));
            assertThat(reasons).containsOnlyKeys("broken.jar", "nameless.jar", "impostor.jar", "future.jar",
                    "needy.jar");
            assertThat(reasons.get("broken.jar")).contains("failed to start")
                    .contains("the licence server is unreachable");
            assertThat(reasons.get("impostor.jar")).contains("module key 'contracts' is not its plugin id");
            assertThat(reasons.get("future.jar")).contains("incompatible").contains(">=3.0.0");
            assertThat(reasons.get("nameless.jar")).contains("descriptor");
            assertThat(reasons.get("needy.jar")).contains("a class it needs is missing");
        }
        assertThat(output).contains("Plugin archive broken.jar (broken) is skipped: it failed to start")
                .contains("The platform starts without it");
    }

    @Test
    void aMissingPluginsDirectoryInstallsNothingAndSaysSo(@TempDir Path dir, CapturedOutput output) throws Exception {
        try (InstalledModules modules = InstalledModules.load(dir.resolve("absent"))) {
            assertThat(modules.all()).isEmpty();
        }
        assertThat(output).contains("does not exist: no modules are installed");
    }
}
