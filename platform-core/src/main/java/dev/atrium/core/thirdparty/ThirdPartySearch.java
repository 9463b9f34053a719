package dev.atrium.core.thirdparty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a list of third parties asks for, from the API's query parameters or
 * the list page's: a search over name, code, email and tax id, filters, a sort
 * such as {@code name,-createdAt} on a fixed set of keys, and a page.
 */
record ThirdPartySearch(
        @Size(max = 100) String q,
        Relation relation,
        ThirdPartyStatus status,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as FR") String country,
        @Pattern(regexp = SORT, message = "must list keys among name, code, createdAt, updatedAt, "
                + "comma-separated, each with an optional '-' for descending") String sort,
        @Min(0) Integer page,
        @Min(1) @Max(MAX_SIZE) Integer size) {

    static final int MAX_SIZE = 100;
    private static final String KEY = "-?(name|code|createdAt|updatedAt)";
    private static final String SORT = KEY + "(," + KEY + ")*";
    private static final int DEFAULT_SIZE = 25;

    ThirdPartySearch {
        q = q == null || q.isBlank() ? null : q.strip();
        country = country == null || country.isBlank() ? null : country.toUpperCase(Locale.ROOT);
        sort = sort == null || sort.isBlank() ? "name" : sort;
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    static ThirdPartySearch all() {
        return new ThirdPartySearch(null, null, null, null, null, null, null);
    }

    /** The requested order, then the id, so pages never overlap when keys tie. */
    Sort ordering() {
        Sort requested = Sort.by(Arrays.stream(sort.split(","))
                .map(key -> key.startsWith("-") ? Sort.Order.desc(key.substring(1)) : Sort.Order.asc(key))
                .toList());
        return requested.and(Sort.by("id"));
    }

    Pageable pageable() {
        return PageRequest.of(page, size, ordering());
    }

    public ThirdPartySearch withPage(int newPage) {
        return new ThirdPartySearch(q, relation, status, country, sort, newPage, size);
    }

    /** Sorting by {@code key} ascending, or descending when it is already ascending. */
    public ThirdPartySearch sortedBy(String key) {
        return new ThirdPartySearch(q, relation, status, country, sort.equals(key) ? "-" + key : key, 0, size);
    }

    /** The query string of this search, for links that keep the filters. */
    public String query() {
        return UriComponentsBuilder.newInstance()
                .queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParamIfPresent("relation", Optional.ofNullable(relation).map(r -> r.name().toLowerCase(Locale.ROOT)))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("country", Optional.ofNullable(country))
                .queryParam("sort", sort)
                .queryParam("page", page)
                .queryParam("size", size)
                .encode().build().toUriString();
    }
}
