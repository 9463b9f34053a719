package dev.atrium.core.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list page that keep its filters: the next and previous
 * pages, the first one, and a column's header re-sorting the list. Every page
 * has one as {@code listLinks}, for the {@code fragments/list} pager and
 * sortable headers.
 */
public final class ListLinks {

    private final String path;
    private final Map<String, String[]> parameters;

    ListLinks(HttpServletRequest request) {
        this.path = request.getRequestURI();
        this.parameters = request.getParameterMap();
    }

    /** The filters and sort without a place to start, as a query string: for an export link. */
    public String filters() {
        return query(null, null);
    }

    /** The page after {@code cursor}. */
    public String after(String cursor) {
        return path + query("after", cursor);
    }

    public String before(String cursor) {
        return path + query("before", cursor);
    }

    /** The same filters and sort from the top. */
    public String first() {
        return path + query(null, null);
    }

    /** Sorted by {@code key}; descending when the list is sorted by it ascending first already ({@code current}). */
    public String sortedBy(String key, String current) {
        return path + query("sort", key.equals(first(current)) ? "-" + key : key);
    }

    /** How a header shows the sort it is in: ▲, ▼, or ↕ for a column the list may be sorted by. */
    public String mark(String key, String current) {
        String first = first(current);
        return key.equals(first) ? "▲" : ("-" + key).equals(first) ? "▼" : "↕";
    }

    /** A sortable header's {@code aria-sort}: ascending, descending, or none when the list is sorted otherwise. */
    public String ariaSort(String key, String current) {
        String first = first(current);
        return key.equals(first) ? "ascending" : ("-" + key).equals(first) ? "descending" : "none";
    }

    private static String first(String sort) {
        return sort == null ? "" : sort.split(",", 2)[0];
    }

    private String query(String parameter, String value) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        parameters.forEach((name, values) -> {
            // Where the page started is dropped: a link starts from the top, or from the cursor it is given.
            if (!name.equals("after") && !name.equals("before") && !name.equals("_csrf")) {
                builder.queryParam(name, (Object[]) values);
            }
        });
        if (parameter != null) {
            builder.replaceQueryParam(parameter, value);
        }
        return builder.encode().build().toUriString();
    }
}
