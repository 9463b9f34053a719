package dev.atrium.app.module;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds plugin archives in a test: real jars, compiled here, shaped like the ones Maven builds. */
final class PluginArchives {

    /** The four module archives the build installed, next to which a test puts its own. */
    static final Path INSTALLED = Path.of(System.getenv().getOrDefault("ATRIUM_PLUGINS_DIR", "target/plugins"));

    private PluginArchives() {
    }

    /** A plugins directory holding copies of the installed module archives. */
    static Path copyOfInstalled(Path dir) {
        try (Stream<Path> archives = Files.list(INSTALLED)) {
            for (Path archive : archives.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.copy(archive, dir.resolve(archive.getFileName()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles {@code sources} (class name to source) against the test class path and writes a plugin jar with
     * {@code pluginProperties} and the given extension index.
     */
    static Path jar(Path target, String pluginProperties, Map<String, String> sources, List<String> extensions) {
        return jar(target, pluginProperties, sources, extensions, List.of());
    }

    /** As above, leaving the compiled classes {@code omitted} out of the jar, as a forgotten library would be. */
    static Path jar(Path target, String pluginProperties, Map<String, String> sources, List<String> extensions,
            List<String> omitted) {
        try {
            Path work = Files.createTempDirectory("plugin-src");
            Path classes = Files.createDirectories(work.resolve("classes"));
            List<String> files = new ArrayList<>();
            for (var source : sources.entrySet()) {
                Path file = work.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file.toString());
            }
            if (!files.isEmpty()) {
                JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                List<String> arguments = new ArrayList<>(List.of("-proc:none", "-d", classes.toString(),
                        "-cp", System.getProperty("java.class.path")));
                arguments.addAll(files);
                if (javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
                    throw new IllegalStateException("The test plugin did not compile");
                }
            }
            try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(target))) {
                put(jar, "plugin.properties", pluginProperties.getBytes(StandardCharsets.UTF_8));
                put(jar, "META-INF/extensions.idx", String.join("\n", extensions).getBytes(StandardCharsets.UTF_8));
                try (Stream<Path> compiled = Files.walk(classes)) {
                    for (Path file : compiled.filter(Files::isRegularFile)
                            .filter(file -> omitted.stream().noneMatch(name ->
                                    classes.relativize(file).toString().equals(name.replace('.', '/') + ".class")))
                            .toList()) {
                        put(jar, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A module whose PF4J plugin class throws in {@code start()}. */
    static Path throwingOnStart(Path dir) {
        return jar(dir.resolve("broken.jar"), """
                plugin.id=broken
                plugin.version=1.0.0
                plugin.class=test.broken.BrokenPlugin
                plugin.requires=>=2.0.0 & <3.0.0
                """, Map.of(
                "test.broken.BrokenPlugin", """
                        package test.broken;
                        public class BrokenPlugin extends org.pf4j.Plugin {
                            @Override
                            public void start() {
                                throw new IllegalStateException("the licence server is unreachable");
                            }
                        }
                        """,
                "test.broken.BrokenModule", module("test.broken", "BrokenModule", "broken", "\"Broken\"", "")),
                List.of("test.broken.BrokenModule"));
    }

    /** A module that needs a library class its archive does not bundle. */
    static Path missingALibrary(Path dir) {
        return jar(dir.resolve("needy.jar"), """
                plugin.id=needy
                plugin.version=1.0.0
                plugin.requires=>=2.0.0 & <3.0.0
                """, Map.of(
                "test.needy.lib.Calendar", """
                        package test.needy.lib;
                        public class Calendar {
                            public static String name() {
                                return "Needy";
                            }
                        }
                        """,
                "test.needy.NeedyModule", module("test.needy", "NeedyModule", "needy", "name",
                        "private final String name = test.needy.lib.Calendar.name();")),
                List.of("test.needy.NeedyModule"), List.of("test.needy.lib.Calendar"));
    }

    /** An archive whose descriptor has no plugin id. */
    static Path withoutPluginId(Path dir) {
        return jar(dir.resolve("nameless.jar"), "plugin.version=1.0.0\n", Map.of(), List.of());
    }

    /** A module whose descriptor breaks the rules: its key is not its plugin id. */
    static Path withMismatchedKey(Path dir) {
        return jar(dir.resolve("impostor.jar"), """
                plugin.id=impostor
                plugin.version=1.0.0
                plugin.requires=>=2.0.0 & <3.0.0
                """, Map.of("test.impostor.ImpostorModule",
                module("test.impostor", "ImpostorModule", "contracts", "\"Not contracts\"", "")),
                List.of("test.impostor.ImpostorModule"));
    }

    /** A module built for a plugin API this platform does not offer. */
    static Path forAnotherApi(Path dir) {
        return jar(dir.resolve("future.jar"), """
                plugin.id=future
                plugin.version=1.0.0
                plugin.requires=>=3.0.0
                """, Map.of(), List.of());
    }

    /** Source of a module class with the given key; {@code nameExpression} is Java, {@code field} an extra member. */
    private static String module(String pkg, String className, String key, String nameExpression, String field) {
        return """
                package %s;
                @org.pf4j.Extension
                public class %s implements dev.atrium.plugin.module.AtriumModule {
                    %s
                    public dev.atrium.plugin.module.ModuleDescriptor descriptor() {
                        return dev.atrium.plugin.module.ModuleDescriptor.builder("%s", %s).build();
                    }
                }
                """.formatted(pkg, className, field, key, nameExpression);
    }

    private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(content);
        jar.closeEntry();
    }
}
