package dev.atrium.plugin.list;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns a list offers its users to choose among, declared once by the feature or module that owns the
 * list: each column by a key of the caller's choosing (the page names its header {@code <bundle>.field.<key>}),
 * in the order the list shows them, which of them a user sees before choosing, and which are always shown
 * (the column that links to the record).
 *
 * <pre>{@code
 * static final ChoosableColumns CONTRACT_COLUMNS = new ChoosableColumns("contracts",
 *         List.of("reference", "customer", "status", "start", "end", "amount"),
 *         List.of("reference", "customer", "status", "end"),
 *         Set.of("reference"));
 * }</pre>
 *
 * @param list      the list's name, unique in the platform: lower-case letters, digits and dashes, at most 40
 * @param available every column the list can show, in its order
 * @param defaults  what a user sees until they choose, and again after "Reset to default"
 * @param always    shown whatever a user chooses; each is among the defaults
 */
public record ChoosableColumns(String list, List<String> available, List<String> defaults, Set<String> always) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern COLUMN = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");

    /** The most columns a list offers. */
    public static final int MAX_COLUMNS = 40;

    public ChoosableColumns {
        if (list == null || !NAME.matcher(list).matches()) {
            throw new IllegalArgumentException("A list's name is lower-case letters, digits and dashes, at most 40: "
                    + list);
        }
        available = List.copyOf(available);
        defaults = List.copyOf(defaults);
        always = Set.copyOf(always);
        if (available.isEmpty() || available.size() > MAX_COLUMNS || Set.copyOf(available).size() != available.size()
                || !available.stream().allMatch(column -> COLUMN.matcher(column).matches())) {
            throw new IllegalArgumentException("A list offers 1 to " + MAX_COLUMNS
                    + " distinct columns, each letters and digits, at most 40: " + available);
        }
        if (!available.containsAll(defaults) || !defaults.containsAll(always)) {
            throw new IllegalArgumentException("The defaults are among the available columns, and the columns always"
                    + " shown among the defaults: " + list);
        }
    }

    /** {@code columns} that are the list's, in the list's order, with those always shown; others are left out. */
    public List<String> inOrder(Collection<String> columns) {
        return available.stream().filter(column -> always.contains(column) || columns.contains(column)).toList();
    }
}
