package dev.atrium.plugin.print;

import java.util.Locale;

/**
 * Prints a document as a PDF a company would send: A4, the bound tenant's letterhead (name, legal name, address,
 * tax id and logo from Setup → Company), the buyer's address where a window envelope shows it, the lines with the
 * table heading repeated on every page, the tax summary, the totals, and a footer with the legal details and
 * "Page 1 of 2". The host implements it; a module injects it into its beans like {@code Parties}.
 *
 * <p>The seller is always the tenant bound to the thread, never something the caller says, so a module cannot
 * print another company's letterhead. The printer fetches nothing: no URL, no file, no font or style from outside,
 * whatever a label holds; a document's texts are printed as text.
 *
 * <p>Read your document in your transaction, then print after it has ended: laying out a page takes a good part of
 * a second, and a connection held meanwhile is one the other requests wait for.
 *
 * <pre>{@code
 * @GetMapping(value = "/api/v1/visits/{id}/report.pdf", produces = "application/pdf")
 * ResponseEntity<byte[]> report(@PathVariable long id, Locale locale) {
 *     VisitReport report = reports.require(id);                 // 404 for another tenant's id
 *     return ResponseEntity.ok()
 *             .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + report.number() + ".pdf\"")
 *             .header("X-Content-Type-Options", "nosniff")
 *             .contentType(MediaType.APPLICATION_PDF)
 *             .body(printer.pdf(report.printable(locale), locale));
 * }
 * }</pre>
 */
public interface DocumentPrinter {

    /**
     * The document as PDF bytes, its printed words, numbers, amounts and dates in {@code locale}.
     *
     * @throws IllegalStateException when no tenant is bound
     */
    byte[] pdf(PrintableDocument document, Locale locale);
}
