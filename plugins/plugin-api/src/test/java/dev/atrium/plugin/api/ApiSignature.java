package dev.atrium.plugin.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The plugin API as modules compile against it, one line per public or protected declaration: every type with
 * its supertypes, every constructor, method and field with its generic signature, constants with their values.
 * A removed or changed declaration disappears from the set, so comparing two sets finds what would break a
 * module built on the earlier one.
 */
final class ApiSignature {

    static final String ACCEPT_PROPERTY = "atrium.api.accept";
    static final String ACCEPT_COMMAND = "./mvnw -B -pl plugins/plugin-api test -Dtest=PluginApiCompatibilityTest -D"
            + ACCEPT_PROPERTY + "=true";

    private ApiSignature() {
    }

    /** The signature of the compiled classes under {@code packageName} in the class directory of {@code anchor}. */
    static SortedSet<String> of(Class<?> anchor, String packageName) {
        Path root;
        try {
            root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path dir = root.resolve(packageName.replace('.', '/'));
        SortedSet<String> lines = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        anchor.getClassLoader());
                if (visible(type)) {
                    describe(type, lines);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    /** A type a module can name: public, and every type enclosing it public too. */
    private static boolean visible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static void describe(Class<?> type, SortedSet<String> lines) {
        String name = type.getName();
        StringBuilder header = new StringBuilder(type.toGenericString());
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            header.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            header.append(" implements ").append(Arrays.stream(interfaces).map(Type::getTypeName)
                    .collect(Collectors.joining(", ")));
        }
        Arrays.stream(type.getAnnotations()).map(a -> a.annotationType().getName()).sorted()
                .forEach(annotation -> header.append(" @").append(annotation));
        lines.add(name + " | type " + header);
        boolean extensible = !Modifier.isFinal(type.getModifiers()) && !type.isEnum() && !type.isRecord();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (reachable(constructor.getModifiers(), extensible) && !constructor.isSynthetic()) {
                lines.add(name + " | constructor " + constructor.toGenericString());
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (reachable(method.getModifiers(), extensible) && !method.isSynthetic() && !method.isBridge()) {
                String defaultValue = Optional.ofNullable(method.getDefaultValue()).map(v -> " default " + render(v))
                        .orElse("");
                lines.add(name + " | method " + method.toGenericString() + defaultValue);
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (reachable(field.getModifiers(), extensible) && !field.isSynthetic()) {
                lines.add(name + " | field " + field.toGenericString() + constant(field));
            }
        }
    }

    /** Public always; protected only where a module can subclass the type to reach it. */
    private static boolean reachable(int modifiers, boolean extensible) {
        return Modifier.isPublic(modifiers) || (extensible && Modifier.isProtected(modifiers));
    }

    /** A constant is compiled into the module that reads it: its value is part of the API. */
    private static String constant(Field field) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers)
                || !(field.getType().isPrimitive() || field.getType() == String.class)) {
            return "";
        }
        try {
            return " = " + render(field.get(null));
        } catch (IllegalAccessException e) {
            return "";
        }
    }

    private static String render(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.toString(array);
        }
        return value instanceof String text ? '"' + text + '"' : String.valueOf(value);
    }

    /**
     * Why {@code actual} cannot replace {@code baseline}, or empty when it can and equals it. Lines only in the
     * baseline were removed or changed: modules built on it break. Lines only in {@code actual} are additions:
     * compatible, but the baseline must record them, or their later removal would pass unseen.
     */
    static Optional<String> compare(SortedSet<String> baseline, SortedSet<String> actual) {
        SortedSet<String> removed = new TreeSet<>(baseline);
        removed.removeAll(actual);
        SortedSet<String> added = new TreeSet<>(actual);
        added.removeAll(baseline);
        if (removed.isEmpty() && added.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder why = new StringBuilder();
        if (!removed.isEmpty()) {
            why.append("The plugin API changed incompatibly: ").append(removed.size())
                    .append(" declaration(s) removed or changed, so a module compiled against the baseline breaks:\n");
            removed.forEach(line -> why.append("  - ").append(line).append('\n'));
            if (!added.isEmpty()) {
                why.append("now declared instead or besides:\n");
                added.forEach(line -> why.append("  + ").append(line).append('\n'));
            }
            why.append("If the change is intended, raise the major version of AtriumModule.API_VERSION (every module's ")
                    .append("plugin.requires then refuses this host until it is rebuilt), and accept the new API with\n  ")
                    .append(ACCEPT_COMMAND).append("\nthen commit plugins/plugin-api/api/plugin-api.signature.");
        } else {
            why.append("The plugin API grew by ").append(added.size())
                    .append(" declaration(s), which is compatible, but the baseline does not record them yet:\n");
            added.forEach(line -> why.append("  + ").append(line).append('\n'));
            why.append("Record them with\n  ").append(ACCEPT_COMMAND)
                    .append("\nand commit plugins/plugin-api/api/plugin-api.signature with the change.");
        }
        return Optional.of(why.toString());
    }

    static SortedSet<String> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static void write(Path file, SortedSet<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> content = Stream.concat(Stream.of(
                "# The plugin API's baseline, checked by PluginApiCompatibilityTest: one line per public declaration.",
                "# Regenerate only to accept an intended change: " + ACCEPT_COMMAND), lines.stream()).toList();
        Files.write(file, content);
    }
}
