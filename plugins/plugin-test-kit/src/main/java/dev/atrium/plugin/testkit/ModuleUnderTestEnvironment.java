package dev.atrium.plugin.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the host's plugin loader at the module under test and the modules it requires, in PF4J's development
 * mode (each plugin from its project's build output), through a folder of links made for this run: the loader
 * reads a whole folder, and the module projects' folder holds modules the one under test has nothing to do with.
 * A run given {@code -Datrium.plugins.dir} keeps it.
 */
public class ModuleUnderTestEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // The build's ATRIUM_PLUGINS_DIR names the app's folder of every archive: the module under test wins over it.
        if (System.getProperty("atrium.plugins.dir") != null) {
            return;
        }
        ModuleUnderTest.of(Path.of(System.getProperty("basedir", "."))).ifPresent(module -> {
            Path folder = linkFolder(module);
            environment.getPropertySources().addFirst(new MapPropertySource("atrium-module-under-test", Map.of(
                    "atrium.plugins.dir", folder.toString(),
                    "atrium.plugins.development", "true",
                    ModuleTestKit.MODULE_PROPERTY, module.key())));
        });
    }

    private static Path linkFolder(ModuleUnderTest module) {
        Path folder = module.projects().get(module.key()).resolve("target/module-test-plugins");
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> old = Files.list(folder)) {
                    for (Path link : old.toList()) {
                        Files.delete(link);
                    }
                }
            }
            Files.createDirectories(folder);
            for (Map.Entry<String, Path> project : module.projects().entrySet()) {
                Files.createSymbolicLink(folder.resolve(project.getKey()), project.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not lay out the plugins folder " + folder, e);
        }
        return folder;
    }
}
