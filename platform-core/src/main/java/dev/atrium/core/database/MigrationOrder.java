package dev.atrium.core.database;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The order schemas migrate in: the platform's own first (the core, then the
 * modules' registry), then each module after the modules it requires, so a
 * module's tables may refer to the tables of what it builds on. Between
 * modules that do not depend on each other, alphabetical order, so every node
 * migrates the same way.
 */
final class MigrationOrder {

    /** Platform schemas, in the order they run before any module's. */
    static final List<String> PLATFORM = List.of("core", "modules");

    private MigrationOrder() {
    }

    static List<SchemaMigration> of(List<SchemaMigration> migrations) {
        Map<String, SchemaMigration> byName = new TreeMap<>();
        for (SchemaMigration migration : migrations) {
            if (byName.putIfAbsent(migration.name(), migration) != null) {
                throw new IllegalStateException("Two schema migrations are named '" + migration.name() + "'");
            }
        }
        List<SchemaMigration> ordered = new ArrayList<>();
        PLATFORM.stream().map(byName::remove).filter(java.util.Objects::nonNull).forEach(ordered::add);

        // Kahn's algorithm over what is left; the sorted set of ready names keeps ties alphabetical.
        Map<String, Set<String>> waitingFor = new HashMap<>();
        byName.values().forEach(migration -> waitingFor.put(migration.name(), migration.requires().stream()
                .filter(byName::containsKey).collect(Collectors.toCollection(TreeSet::new))));
        TreeSet<String> ready = waitingFor.entrySet().stream().filter(entry -> entry.getValue().isEmpty())
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        while (!ready.isEmpty()) {
            String next = ready.pollFirst();
            ordered.add(byName.get(next));
            waitingFor.remove(next);
            waitingFor.forEach((name, requires) -> {
                if (requires.remove(next) && requires.isEmpty()) {
                    ready.add(name);
                }
            });
        }
        if (!waitingFor.isEmpty()) {
            throw new IllegalStateException("Module migrations cannot be ordered: their modules require each other "
                    + "in a cycle (" + cycle(waitingFor) + "). Remove one of these requirements.");
        }
        return ordered;
    }

    /** One cycle among the migrations still waiting, as {@code a → b → a}. */
    private static String cycle(Map<String, Set<String>> waitingFor) {
        String at = new TreeSet<>(waitingFor.keySet()).first();
        LinkedHashSet<String> path = new LinkedHashSet<>();
        while (path.add(at)) {
            at = waitingFor.get(at).iterator().next();
        }
        List<String> names = new ArrayList<>(path);
        List<String> loop = new ArrayList<>(names.subList(names.indexOf(at), names.size()));
        loop.add(at);
        return String.join(" → ", loop);
    }
}
