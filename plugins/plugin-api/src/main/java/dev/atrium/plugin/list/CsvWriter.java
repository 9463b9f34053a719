package dev.atrium.plugin.list;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes RFC 4180 CSV straight to a response, row by row, so an export of any
 * size never sits in memory. A field with a comma, quote or line break is
 * quoted, and its quotes doubled. A text field a spreadsheet would run as a
 * formula ({@code =}, {@code +}, {@code -}, {@code @}) is prefixed with an
 * apostrophe ({@link TableWriter#inert}), so an export opened in a spreadsheet never executes what a
 * customer typed.
 */
public final class CsvWriter implements TableWriter {

    /** The byte order mark, without which spreadsheets read UTF-8 as their own code page. */
    private static final char BOM = '\uFEFF';

    private final Writer out;

    private CsvWriter(Writer out) {
        this.out = out;
    }

    /**
     * Starts a UTF-8 CSV download named {@code filename} with the header row
     * of {@code columns}, and gives what writes one row's line.
     *
     * <pre>{@code
     * service.export(search, CsvWriter.download(response, "contracts.csv", COLUMNS));
     * }</pre>
     */
    public static <T> Consumer<T> download(HttpServletResponse response, String filename, CsvColumns<T> columns)
            throws IOException {
        CsvWriter csv = download(response, filename, columns.headers());
        return row -> csv.row(columns.values(row));
    }

    /**
     * Starts a UTF-8 CSV download named {@code filename}, an attachment with {@code nosniff}, and writes the byte
     * order mark and its header row.
     */
    public static CsvWriter download(HttpServletResponse response, String filename, List<String> header)
            throws IOException {
        attachment(response, filename, "text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        out.write(BOM);
        CsvWriter csv = new CsvWriter(out);
        csv.row(header);
        return csv;
    }

    /**
     * Makes {@code response} a download of {@code mediaType} named {@code filename}: {@code Content-Disposition:
     * attachment} (RFC 6266: the plain name for old clients, the UTF-8 one for the rest) and {@code
     * X-Content-Type-Options: nosniff}, so no browser ever runs it as a page.
     */
    public static void attachment(HttpServletResponse response, String filename, String mediaType) {
        response.setContentType(mediaType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename.replaceAll("[^A-Za-z0-9._-]", "_")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** One line; {@code null} is an empty field. Unchecked, so it fits in a stream's forEach. */
    @Override
    public void row(List<?> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(escape(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(Object field) {
        String text = field == null ? "" : field instanceof CharSequence ? TableWriter.inert(field.toString())
                : field.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
