package dev.atrium.core.invoice;

import dev.atrium.plugin.party.Parties;
import dev.atrium.plugin.party.PartyAddress;
import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.print.DocumentPrinter;
import dev.atrium.plugin.print.PrintableDocument;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * An invoice or credit note as the PDF a company sends: its texts in the reader's language, the buyer as
 * copied at validation (a draft prints the party as it is now, under its provisional reference), its lines, tax
 * summary and totals, and when it falls due.
 */
@Component
class InvoicePrints {

    private final InvoiceService invoices;
    private final Parties parties;
    private final DocumentPrinter printer;
    private final MessageSource messages;

    InvoicePrints(InvoiceService invoices, Parties parties, DocumentPrinter printer, MessageSource messages) {
        this.invoices = invoices;
        this.parties = parties;
        this.printer = printer;
        this.messages = messages;
    }

    /**
     * The file's name and bytes; a 404 problem for an id the tenant does not have. The document is read in its
     * own transaction and printed after it, so no connection is held while the PDF is laid out.
     */
    Printed pdf(long id, Locale locale) {
        InvoiceView invoice = invoices.get(id);
        return new Printed(invoice.reference().replaceAll("[^A-Za-z0-9._-]", "") + ".pdf",
                printer.pdf(printable(invoice, locale), locale));
    }

    record Printed(String fileName, byte[] pdf) {
    }

    /** A download, never shown inline: the file named after the document. */
    static ResponseEntity<byte[]> download(Printed printed) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(printed.fileName())
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_PDF)
                .body(printed.pdf());
    }

    PrintableDocument printable(InvoiceView invoice, Locale locale) {
        PartyAddress address = invoice.billingAddress();
        String code = invoice.partyCode();
        String taxId = invoice.partyTaxId();
        if (invoice.draft()) {
            PartyReference party = parties.find(invoice.partyId()).orElse(null);
            if (party != null) {
                address = party.billingAddress();
                taxId = party.taxId();
            }
        }
        PrintableDocument.Builder document = PrintableDocument.builder(say("invoice.kind." + invoice.kind(), locale),
                        invoice.reference())
                .date(say("invoice.field.invoiceDate", locale), invoice.invoiceDate())
                .buyer(PrintableDocument.Buyer.of(invoice.partyName(), code, taxId, address, locale))
                .lines(invoice.lines().stream().map(line -> new PrintableDocument.Line(line.label(),
                        line.description() == null || line.description().isBlank() ? null : line.description(),
                        line.quantity(), line.unit() == null || line.unit().isBlank() ? null : line.unit(),
                        line.unitPrice(), line.discountPercent(), line.taxRate(), line.net())).toList())
                .totals(invoice.net(), invoice.tax(), invoice.gross());
        if (!invoice.creditNote()) {
            document.date(say("invoice.field.dueDate", locale), invoice.dueDate());
        }
        invoice.taxes().forEach(summary -> document.tax(new PrintableDocument.TaxAmount(summary.rate(),
                summary.base(), summary.tax())));
        invoice.links().stream().filter(link -> link.relation().equals("credits")).findFirst()
                .ifPresent(link -> document.row(say("invoice.link.credits", locale), link.reference()));
        if (invoice.notes() != null && !invoice.notes().isBlank()) {
            document.notes(invoice.notes());
        }
        return document.build();
    }

    private String say(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
