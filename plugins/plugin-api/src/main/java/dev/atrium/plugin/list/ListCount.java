package dev.atrium.plugin.list;

/**
 * How many rows a list's filters keep, counted up to a cap so that a large list costs no more to count than the
 * cap: {@code exact} when there are {@code value} rows, else there are more than {@code value} (a page shows
 * "1,000+"). {@link KeysetList#count} counts one.
 *
 * <pre>{@code
 * return CONTRACTS.page(entityManager, filter, request).withCount(CONTRACTS.count(entityManager, filter, 1000));
 * }</pre>
 */
public record ListCount(long value, boolean exact) {

    /** The count of {@code found} rows, read with a limit of {@code cap + 1}. */
    public static ListCount of(long found, long cap) {
        return found > cap ? new ListCount(cap, false) : new ListCount(found, true);
    }
}
