package dev.atrium.core.web;

import dev.atrium.core.problem.Problems;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A position in a keyset-paginated list: the sort it was made for and the sort
 * key values of one row, its {@code id} last. Clients get it as an opaque
 * token ({@link #encode()}: base64url of a small JSON document) and hand it
 * back as {@code after} or {@code before}.
 *
 * <p>Not signed, on purpose: it holds only values the caller has already seen
 * in the list, and the query runs in the caller's tenant as always, so a forged
 * cursor can at worst start the caller's own list somewhere else. What
 * {@link #decode} does refuse, as a 400 naming the parameter, is anything that
 * is not a cursor of this list and this sort.
 *
 * <pre>{@code
 * Cursor after = Cursor.decode(token, "after", "name", ordering, Map.of("name", String.class, "id", Long.class));
 * }</pre>
 */
public record Cursor(String sort, Map<String, Object> keys) {

    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {
    };

    /** Keys are in sort order and never null: keyset comparisons skip rows whose key is null. */
    public Cursor {
        keys.forEach((key, value) -> Objects.requireNonNull(value, () -> "sort key " + key + " is null"));
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /** The cursor of the row Spring Data's scroll put at {@code position}. */
    static Cursor at(String sort, ScrollPosition position) {
        return new Cursor(sort, ((KeysetScrollPosition) position).getKeys());
    }

    public String encode() {
        Map<String, String> values = new LinkedHashMap<>();
        keys.forEach((key, value) -> values.put(key, String.valueOf(value)));
        byte[] json = JsonMapper.shared().writeValueAsBytes(Map.of("sort", sort, "keys", values));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    }

    /** Where a query resumes to list the rows after this one, in the order of the cursor's sort. */
    KeysetScrollPosition position() {
        return ScrollPosition.forward(keys);
    }

    /**
     * Reads a token made by {@link #encode()} for {@code sort}, whose keys are
     * the properties of {@code ordering} with the types {@code keyTypes} gives.
     *
     * @throws dev.atrium.plugin.problem.ProblemException a 400 naming {@code parameter} when the token is not that
     */
    public static Cursor decode(String token, String parameter, String sort, Sort ordering,
            Map<String, Class<?>> keyTypes) {
        Map<String, Object> document;
        try {
            document = JsonMapper.shared().readValue(Base64.getUrlDecoder().decode(token.strip()), DOCUMENT);
        } catch (IllegalArgumentException | JacksonException garbled) {
            throw invalid(parameter, "is not a list position: pass back the next or previous value of a list answer");
        }
        if (!(document.get("sort") instanceof String madeFor) || !(document.get("keys") instanceof Map<?, ?> raw)) {
            throw invalid(parameter, "is not a list position: pass back the next or previous value of a list answer");
        }
        if (!madeFor.equals(sort)) {
            throw invalid(parameter, "was made for sort=" + madeFor + ", not sort=" + sort
                    + ": start again from the first page");
        }
        List<String> properties = ordering.stream().map(Sort.Order::getProperty).toList();
        if (!raw.keySet().equals(Set.copyOf(properties))) {
            throw invalid(parameter, "does not hold the keys of sort=" + sort);
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        try {
            for (String property : properties) {
                if (!(raw.get(property) instanceof String value)) {
                    throw invalid(parameter, "does not hold a value for " + property);
                }
                keys.put(property, parse(value, keyTypes.get(property)));
            }
        } catch (IllegalArgumentException | DateTimeException unreadable) {
            throw invalid(parameter, "holds a value that is not of its key's type");
        }
        return new Cursor(sort, keys);
    }

    private static Object parse(String value, Class<?> type) {
        if (type == String.class) {
            return value;
        } else if (type == Long.class) {
            return Long.valueOf(value);
        } else if (type == Instant.class) {
            return Instant.parse(value);
        } else if (type == LocalDate.class) {
            return LocalDate.parse(value);
        } else if (type == BigDecimal.class) {
            return new BigDecimal(value);
        }
        throw new IllegalStateException("A cursor cannot hold a key of type " + type + "; add it to Cursor.parse");
    }

    private static RuntimeException invalid(String parameter, String message) {
        return Problems.invalidField(parameter, message);
    }
}
