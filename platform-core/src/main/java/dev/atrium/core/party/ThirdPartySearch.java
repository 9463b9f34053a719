package dev.atrium.core.party;

import dev.atrium.plugin.list.KeysetRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a list of third parties asks for, from the API's query parameters or
 * the list page's: a search over name, code, email and tax id, filters, a sort
 * such as {@code name,-createdAt} on a fixed set of keys, and where the page
 * starts: {@code after} or {@code before} a cursor of an earlier answer.
 */
record ThirdPartySearch(
        @Size(max = 100) String q,
        Relation relation,
        ThirdPartyStatus status,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as FR") String country,
        @Pattern(regexp = SORT, message = "must list keys among name, code, createdAt, updatedAt, "
                + "comma-separated, each with an optional '-' for descending") String sort,
        @Size(max = CURSOR_LENGTH) String after,
        @Size(max = CURSOR_LENGTH) String before,
        @Min(1) @Max(MAX_SIZE) Integer size) {

    static final int MAX_SIZE = 100;
    private static final String KEY = "-?(name|code|createdAt|updatedAt)";
    private static final String SORT = KEY + "(," + KEY + ")*";
    private static final int DEFAULT_SIZE = 25;
    private static final int CURSOR_LENGTH = 2000;

    /**
     * The type of every key a list may be sorted by. All are NOT NULL columns
     * (the schema says so and a test checks it), so no null placement is needed.
     */
    private static final Map<String, Class<?>> KEY_TYPES = Map.of("name", String.class, "code", String.class,
            "createdAt", Instant.class, "updatedAt", Instant.class, "id", Long.class);

    ThirdPartySearch {
        q = q == null || q.isBlank() ? null : q.strip();
        country = country == null || country.isBlank() ? null : country.toUpperCase(Locale.ROOT);
        sort = sort == null || sort.isBlank() ? "name" : sort;
        after = after == null || after.isBlank() ? null : after;
        before = before == null || before.isBlank() ? null : before;
        size = size == null ? DEFAULT_SIZE : size;
    }

    static ThirdPartySearch all() {
        return new ThirdPartySearch(null, null, null, null, null, null, null, null);
    }

    /**
     * The requested order, then the id, so the order is total and a cursor
     * names one place in it. The id goes the way of the last key, so that
     * {@code -name} reads the (tenant, name, id) index backwards in one sweep.
     */
    Sort ordering() {
        List<Sort.Order> requested = Arrays.stream(sort.split(","))
                .map(key -> key.startsWith("-") ? Sort.Order.desc(key.substring(1)) : Sort.Order.asc(key))
                .toList();
        return Sort.by(requested).and(Sort.by(requested.getLast().getDirection(), "id"));
    }

    /** The page this search asks for; a 400 naming {@code after} or {@code before} when its cursor is not one. */
    KeysetRequest keyset() {
        return KeysetRequest.of(sort, ordering(), KEY_TYPES, after, before, size);
    }

    /** The same search from its first page. */
    public ThirdPartySearch firstPage() {
        return new ThirdPartySearch(q, relation, status, country, sort, null, null, size);
    }

    public ThirdPartySearch after(String cursor) {
        return new ThirdPartySearch(q, relation, status, country, sort, cursor, null, size);
    }

    public ThirdPartySearch before(String cursor) {
        return new ThirdPartySearch(q, relation, status, country, sort, null, cursor, size);
    }

    /** Sorting by {@code key} ascending, or descending when it is already ascending, from the first page. */
    public ThirdPartySearch sortedBy(String key) {
        return new ThirdPartySearch(q, relation, status, country, sort.equals(key) ? "-" + key : key, null, null,
                size);
    }

    /** The query string of this search, for links that keep the filters. */
    public String query() {
        return UriComponentsBuilder.newInstance()
                .queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParamIfPresent("relation", Optional.ofNullable(relation).map(r -> r.name().toLowerCase(Locale.ROOT)))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("country", Optional.ofNullable(country))
                .queryParam("sort", sort)
                .queryParamIfPresent("after", Optional.ofNullable(after))
                .queryParamIfPresent("before", Optional.ofNullable(before))
                .queryParam("size", size)
                .encode().build().toUriString();
    }
}
