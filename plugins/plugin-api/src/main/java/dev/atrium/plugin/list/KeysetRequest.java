package dev.atrium.plugin.list;

import dev.atrium.plugin.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * What one page of a keyset-paginated list asks for: the sort by its public
 * name ({@code name,-createdAt}) and as the total {@link Sort} it stands for
 * (ending with {@code id}), at most {@code size} rows, and where to start:
 * after the row of {@code after}, before the row of {@code before}, or at the
 * top when neither is given. A {@link KeysetList} reads one from the request's
 * parameters:
 *
 * <pre>{@code
 * KeysetRequest page = CONTRACTS.request(sort, after, before, size);   // sort=-startDate&after=eyJzb3J0Ijo...
 * }</pre>
 */
public record KeysetRequest(String sort, Sort ordering, Cursor after, Cursor before, int size) {

    /**
     * Reads the {@code after} and {@code before} tokens of a list request.
     *
     * @param keyTypes the type of every property {@code ordering} may sort by, {@code id} included
     * @throws dev.atrium.plugin.problem.ProblemException a 400 naming {@code after} or {@code before} when it is
     *         not a cursor of this sort, or when both are given
     */
    public static KeysetRequest of(String sort, Sort ordering, Map<String, Class<?>> keyTypes, String after,
            String before, int size) {
        if (after != null && before != null) {
            throw ProblemException.invalidField("before", "cannot be given with after");
        }
        return new KeysetRequest(sort, ordering,
                after == null ? null : Cursor.decode(after, "after", sort, ordering, keyTypes),
                before == null ? null : Cursor.decode(before, "before", sort, ordering, keyTypes), size);
    }

    /**
     * The same order read from the end: every key's direction and null
     * placement flipped. Spring Data's own backward scroll flips the direction
     * only, which misplaces nulls, so going back scrolls forward on this.
     */
    Sort reversed() {
        List<Sort.Order> orders = new ArrayList<>();
        ordering.forEach(order -> orders.add(order.with(order.getDirection().isAscending()
                ? Sort.Direction.DESC : Sort.Direction.ASC).with(switch (order.getNullHandling()) {
                    case NULLS_FIRST -> Sort.NullHandling.NULLS_LAST;
                    case NULLS_LAST -> Sort.NullHandling.NULLS_FIRST;
                    case NATIVE -> Sort.NullHandling.NATIVE;
                })));
        return Sort.by(orders);
    }
}
