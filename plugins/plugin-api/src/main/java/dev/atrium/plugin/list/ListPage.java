package dev.atrium.plugin.list;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

/**
 * One page of a list, as every list endpoint answers it: the items in order,
 * whether there are more on either side, and the cursors to ask for them with
 * ({@code after=next}, {@code before=previous}; null when there is nothing there).
 *
 * <p>No unbounded total: counting the matches of a search costs a scan of all
 * of them on every page, which is what keyset pagination is there to avoid. A
 * list may carry a {@link ListCount} up to a cap instead ({@link #withCount});
 * {@code count} is absent from the JSON answer when it has none.
 */
public record ListPage<T>(List<T> items, int size, boolean hasNext, boolean hasPrevious, String next,
        String previous, @JsonInclude(JsonInclude.Include.NON_NULL) ListCount count) {

    /** A page without a count. */
    public ListPage(List<T> items, int size, boolean hasNext, boolean hasPrevious, String next, String previous) {
        this(items, size, hasNext, hasPrevious, next, previous, null);
    }

    /** The same page, with how many rows the list holds in all. */
    public ListPage<T> withCount(ListCount total) {
        return new ListPage<>(items, size, hasNext, hasPrevious, next, previous, total);
    }

    /** The query behind a list: the rows from {@code position} on in {@code ordering}, at most {@code limit}. */
    @FunctionalInterface
    public interface KeysetQuery<E> {

        Window<E> scroll(Sort ordering, KeysetScrollPosition position, int limit);
    }

    /**
     * Runs {@code query} for the page {@code request} asks for. Going back
     * reads the rows before the cursor in reverse order and turns them round,
     * so both directions cost one indexed range scan.
     *
     * <pre>{@code
     * return ListPage.of(search.keyset(), (ordering, position, limit) -> repository.findBy(matching,
     *         query -> query.sortBy(ordering).limit(limit).scroll(position)), InvoiceSummary::of);
     * }</pre>
     *
     * <p>{@link KeysetList#page} does this for an entity whose row and sort keys it declares:
     *
     * <pre>{@code
     * return INVOICES.page(entityManager, search.filter(), request);
     * }</pre>
     */
    public static <E, T> ListPage<T> of(KeysetRequest request, KeysetQuery<E> query, Function<E, T> mapper) {
        if (request.before() != null) {
            Window<E> window = query.scroll(request.reversed(), request.before().position(), request.size());
            if (!window.isEmpty()) {
                List<E> rows = new ArrayList<>(window.getContent());
                Collections.reverse(rows);
                return new ListPage<>(rows.stream().map(mapper).toList(), request.size(), true, window.hasNext(),
                        cursorAt(request, window, 0),
                        window.hasNext() ? cursorAt(request, window, window.size() - 1) : null);
            }
            // Everything before the cursor is gone meanwhile: the top of the list is what the user wants to see.
            return of(new KeysetRequest(request.sort(), request.ordering(), null, null, request.size()), query,
                    mapper);
        }
        KeysetScrollPosition from = request.after() == null ? ScrollPosition.keyset() : request.after().position();
        Window<E> window = query.scroll(request.ordering(), from, request.size());
        if (window.isEmpty()) {
            return new ListPage<>(List.of(), request.size(), false, false, null, null);
        }
        boolean hasPrevious = request.after() != null;
        return new ListPage<>(window.getContent().stream().map(mapper).toList(), request.size(), window.hasNext(),
                hasPrevious, window.hasNext() ? cursorAt(request, window, window.size() - 1) : null,
                hasPrevious ? cursorAt(request, window, 0) : null);
    }

    private static String cursorAt(KeysetRequest request, Window<?> window, int index) {
        return Cursor.at(request.sort(), window.positionAt(index)).encode();
    }
}
