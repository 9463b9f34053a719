package dev.atrium.plugin.list;

import java.util.List;

/**
 * Writes an export's rows as they come, whatever its format, so an export of any size never sits in memory.
 * {@link CsvWriter} is one; {@link TableExports#start} hands out the one for the format asked for.
 *
 * <pre>{@code
 * try (TableWriter out = exports.start(response, "contracts", format, headers)) {
 *     rows.forEach(row -> out.row(List.of(row.reference(), row.customer())));
 *     out.finish();
 * }
 * }</pre>
 */
public interface TableWriter extends AutoCloseable {

    /** One row; {@code null} is an empty cell. Unchecked, so it fits in a stream's forEach. */
    void row(List<?> cells);

    /**
     * {@code text} as a spreadsheet shows it without running it: prefixed with an apostrophe when it starts with
     * what would make it a formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return).
     */
    static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Writes what the format keeps to the end (an XLSX workbook is a zip); a CSV has nothing left to write. */
    default void finish() {
    }

    /** Lets go of what the writer holds (an XLSX writer's temporary file), finished or not. */
    @Override
    default void close() {
    }
}
