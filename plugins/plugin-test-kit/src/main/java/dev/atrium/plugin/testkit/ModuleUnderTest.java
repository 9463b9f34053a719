package dev.atrium.plugin.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The module the test runs for: the Maven project in whose directory the tests run, read from its built plugin
 * descriptor, and the module projects it depends on (siblings in the same folder), transitively.
 *
 * @param key      its plugin id, which is its module key
 * @param projects its project and those of the plugins it depends on, by plugin id, each required one first
 */
public record ModuleUnderTest(String key, Map<String, Path> projects) {

    static final String DESCRIPTOR = "target/classes/plugin.properties";

    /** The module of the project in {@code directory}, or empty when that project builds no plugin. */
    public static Optional<ModuleUnderTest> of(Path directory) {
        Path project = directory.toAbsolutePath().normalize();
        if (!Files.isRegularFile(project.resolve(DESCRIPTOR))) {
            return Optional.empty();
        }
        String key = descriptor(project).getProperty("plugin.id");
        Map<String, Path> projects = new LinkedHashMap<>();
        collect(key, project, projects, new ArrayList<>());
        return Optional.of(new ModuleUnderTest(key, projects));
    }

    /** The plugin ids this module needs active before it, nearest last. */
    public List<String> required() {
        return projects.keySet().stream().filter(id -> !id.equals(key)).toList();
    }

    private static void collect(String id, Path project, Map<String, Path> projects, List<String> path) {
        if (projects.containsKey(id)) {
            return;
        }
        if (path.contains(id)) {
            throw new IllegalStateException("plugin dependencies form a cycle: " + path + " -> " + id);
        }
        path.add(id);
        for (String dependency : dependencies(descriptor(project))) {
            Path sibling = project.resolveSibling(dependency);
            if (!Files.isRegularFile(sibling.resolve(DESCRIPTOR))) {
                throw new IllegalStateException("module " + id + " depends on plugin '" + dependency + "', whose "
                        + "project " + sibling + " has no " + DESCRIPTOR + ": build it first (-am builds it)");
            }
            collect(dependency, sibling, projects, path);
        }
        path.remove(id);
        projects.put(id, project);
    }

    private static List<String> dependencies(Properties descriptor) {
        String declared = descriptor.getProperty("plugin.dependencies", "").strip();
        return declared.isEmpty() ? List.of() : Arrays.stream(declared.split(","))
                .map(dependency -> dependency.strip().replaceAll("@.*$", "").replaceAll("\\?$", ""))
                .filter(dependency -> !dependency.isEmpty()).toList();
    }

    private static Properties descriptor(Path project) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(project.resolve(DESCRIPTOR))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
