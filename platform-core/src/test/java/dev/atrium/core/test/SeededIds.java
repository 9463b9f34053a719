package dev.atrium.core.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids an {@link IsolationFixture} made for one tenant, by path-variable type.
 * A {@linkplain #row row} id names that tenant's row alone: another tenant must
 * get 404 for it. A {@linkplain #name name} is one every tenant has its own
 * row for (a module key, a number series): another tenant reaches its own row
 * under it, never this tenant's.
 */
public final class SeededIds {

    private final Map<String, List<String>> rows = new LinkedHashMap<>();
    private final Map<String, List<String>> names = new LinkedHashMap<>();

    public SeededIds row(String type, Object id) {
        rows.computeIfAbsent(type, key -> new ArrayList<>()).add(String.valueOf(id));
        return this;
    }

    public SeededIds name(String type, String name) {
        names.computeIfAbsent(type, key -> new ArrayList<>()).add(name);
        return this;
    }

    public Map<String, List<String>> rows() {
        return rows;
    }

    public Map<String, List<String>> names() {
        return names;
    }

    /** This and {@code other} together; a type both seed keeps the ids of both. */
    public SeededIds with(SeededIds other) {
        SeededIds both = new SeededIds();
        for (SeededIds part : List.of(this, other)) {
            part.rows.forEach((type, ids) -> ids.forEach(id -> both.row(type, id)));
            part.names.forEach((type, values) -> values.forEach(value -> both.name(type, value)));
        }
        return both;
    }
}
