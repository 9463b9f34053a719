package dev.atrium.core.print;

import dev.atrium.plugin.print.DocumentPrinter;
import dev.atrium.plugin.print.PrintableDocument;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A document's PDF as a download, for the {@code GET .../pdf} of proposals, orders, invoices and credit notes:
 * an attachment named for its number, {@code application/pdf}, {@code nosniff}, never cached by a shared cache.
 * The caller has checked the reader's right and found the document (its 404 for another tenant's id), in its
 * service's transaction; the download is printed after that transaction, so no connection waits on the layout.
 *
 * <pre>{@code
 * @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
 * ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
 *     return pdfs.download(invoices.printable(id, locale), locale);   // INV-2026-00001.pdf
 * }
 * }</pre>
 */
@Component
public class SalesDocumentPdf {

    private final DocumentPrinter printer;

    SalesDocumentPdf(DocumentPrinter printer) {
        this.printer = printer;
    }

    /** The PDF of {@code document}, in {@code locale}, as an attachment named {@code <number>.pdf}. */
    public ResponseEntity<byte[]> download(PrintableDocument document, Locale locale) {
        byte[] pdf = printer.pdf(document, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename(document.number())).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentLength(pdf.length)
                .body(pdf);
    }

    /**
     * {@code number.pdf} with anything but letters, digits, dot, dash and underscore turned into a dash, so a
     * number pattern's slash or a draft's odd reference never makes a path or breaks the header.
     */
    static String filename(String number) {
        String safe = number.strip().replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
        return (safe.isEmpty() ? "document" : safe) + ".pdf";
    }
}
