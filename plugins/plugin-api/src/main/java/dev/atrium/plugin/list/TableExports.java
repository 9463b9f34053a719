package dev.atrium.plugin.list;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Starts an export download in CSV or XLSX, as the host serves every export: an attachment (never shown inline)
 * with {@code X-Content-Type-Options: nosniff}, named for its content and the tenant's today
 * ({@code contracts-2026-12-04.xlsx}), a header row in the user's words, and every text cell a spreadsheet would
 * run as a formula ({@code = + - @}, tab, carriage return) prefixed with an apostrophe. The host implements it
 * and hands it to modules.
 *
 * <pre>{@code
 * CsvColumns<ContractRow> columns = COLUMNS.select(search.fields());     // 400 naming fields when one is unknown
 * try (TableWriter out = exports.start(response, "contracts", format, columns.headers(this::label))) {
 *     CONTRACTS.forEach(entityManager, filter, search.sort(), 500, row -> out.row(columns.values(row)));
 *     out.finish();
 * }
 * }</pre>
 */
public interface TableExports {

    /**
     * Sets the download's headers and writes its header row.
     *
     * @param name what the file holds, letters, digits and dashes ({@code third-parties}); the date and the
     *         format's extension are added
     */
    TableWriter start(HttpServletResponse response, String name, ExportFormat format, List<String> headers)
            throws IOException;
}
