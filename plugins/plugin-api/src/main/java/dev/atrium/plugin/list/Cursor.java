package dev.atrium.plugin.list;

import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.StorableText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * is not a cursor of this list and this sort, and any value no row of ours can
 * hold: a moment or date outside years 1 to 9999 (the far ends of
 * {@code Instant} overflow on their way to the database), text that is not
 * storable, an absurd number. So every failure of a hand-made token is the
 * caller's 400, never our 500.
 *
 * <pre>{@code
 * Cursor after = Cursor.decode(token, "after", "name", ordering, Map.of("name", String.class, "id", Long.class));
 * }</pre>
 */
public record Cursor(String sort, Map<String, Object> keys) {

    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {
    };

    /** Far longer than any cursor we issue: sort keys are a few short values. */
    private static final int MAX_TOKEN_LENGTH = 4096;
    private static final int MAX_TEXT_LENGTH = 1000;
    private static final int MAX_NUMBER_LENGTH = 100;
    private static final Instant FIRST_MOMENT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_MOMENT = Instant.parse("9999-12-31T23:59:59.999999999Z");

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
            if (token.length() > MAX_TOKEN_LENGTH) {
                throw new IllegalArgumentException("too long for a cursor");
            }
            document = JsonMapper.shared().readValue(Base64.getUrlDecoder().decode(token.strip()), DOCUMENT);
        } catch (IllegalArgumentException | JacksonException garbled) {
            throw invalid(parameter, "is not a list position: pass back the next or previous value of a list answer");
        }
        // "null" is valid JSON and reads as no document at all.
        if (document == null || !(document.get("sort") instanceof String madeFor)
                || !(document.get("keys") instanceof Map<?, ?> raw)) {
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
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException unreadable) {
            throw invalid(parameter, "holds a value that is not of its key's type");
        }
        return new Cursor(sort, keys);
    }

    /** Parses one key, refusing (IllegalArgumentException) what parses but no column of ours could hold. */
    private static Object parse(String value, Class<?> type) {
        if (type == String.class) {
            if (value.length() > MAX_TEXT_LENGTH || StorableText.offence(value).isPresent()) {
                throw new IllegalArgumentException("not storable text");
            }
            return value;
        } else if (type == Long.class) {
            return Long.valueOf(value);
        } else if (type == Instant.class) {
            return within(Instant.parse(value), FIRST_MOMENT, LAST_MOMENT);
        } else if (type == LocalDate.class) {
            return within(LocalDate.parse(value), FIRST_MOMENT.atZone(ZoneOffset.UTC).toLocalDate(),
                    LAST_MOMENT.atZone(ZoneOffset.UTC).toLocalDate());
        } else if (type == BigDecimal.class) {
            if (value.length() > MAX_NUMBER_LENGTH) {
                throw new IllegalArgumentException("too long for a number");
            }
            BigDecimal number = new BigDecimal(value);
            if (Math.abs(number.scale()) > MAX_NUMBER_LENGTH) {
                throw new IllegalArgumentException("out of range");
            }
            return number;
        }
        throw new IllegalStateException("A cursor cannot hold a key of type " + type + "; add it to Cursor.parse");
    }

    private static <T extends Comparable<? super T>> T within(T value, T first, T last) {
        if (value.compareTo(first) < 0 || value.compareTo(last) > 0) {
            throw new IllegalArgumentException("out of range");
        }
        return value;
    }

    private static RuntimeException invalid(String parameter, String message) {
        return ProblemException.invalidField(parameter, message);
    }
}
