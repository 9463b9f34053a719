package dev.atrium.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit finds the module under test and, among its sibling projects, the plugins it depends on. */
class ModuleUnderTestTest {

    @TempDir
    Path plugins;

    @Test
    void theModuleComesWithWhatItDependsOnTransitivelyEachRequiredOneFirst() throws IOException {
        project("contracts", "");
        project("amc", "contracts");
        project("visits", "amc, contracts");
        project("stock", "");

        ModuleUnderTest visits = ModuleUnderTest.of(plugins.resolve("visits")).orElseThrow();

        assertThat(visits.key()).isEqualTo("visits");
        assertThat(visits.projects().keySet()).containsExactly("contracts", "amc", "visits");
        assertThat(visits.required()).containsExactly("contracts", "amc");
    }

    @Test
    void aProjectThatBuildsNoPluginIsNoModuleAndAMissingDependencySaysWhatToBuild() throws IOException {
        Files.createDirectories(plugins.resolve("plugin-api/target/classes"));
        project("amc", "contracts");

        assertThat(ModuleUnderTest.of(plugins.resolve("plugin-api"))).isEmpty();
        assertThatThrownBy(() -> ModuleUnderTest.of(plugins.resolve("amc")))
                .hasMessageContaining("depends on plugin 'contracts'").hasMessageContaining("build it first");
    }

    private void project(String id, String dependencies) throws IOException {
        Path classes = Files.createDirectories(plugins.resolve(id).resolve("target/classes"));
        Files.writeString(classes.resolve("plugin.properties"),
                "plugin.id=" + id + "\nplugin.version=0.1.0\nplugin.dependencies=" + dependencies + "\n");
    }
}
