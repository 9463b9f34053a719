package dev.atrium.core.print;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.sales.DocumentTotals;
import dev.atrium.core.sales.PricedLine;
import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.print.PrintableDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Setup → Company's "See a sample invoice": the letterhead as the company's documents will carry it, on an
 * invoice of three made-up lines in the company's currency, before any real document exists. Worded from the
 * bundles in the reader's language; nothing of it is stored.
 */
@Controller
@PreAuthorize("hasAuthority('" + CorePermissions.SETUP_COMPANY + "')")
class SampleInvoicePageController {

    /** Each sample line: its text's key, quantity, unit price in the currency's major unit, and tax rate. */
    private record SampleLine(String key, String quantity, String unitPrice, String taxRate) {
    }

    private static final List<SampleLine> LINES = List.of(
            new SampleLine("consulting", "2", "650", "20"),
            new SampleLine("support", "1", "1200", "20"),
            new SampleLine("books", "3", "24.5", "5.5"));

    private final SalesDocumentPdf pdfs;
    private final CurrentTenant tenant;
    private final MessageSource messages;

    SampleInvoicePageController(SalesDocumentPdf pdfs, CurrentTenant tenant, MessageSource messages) {
        this.pdfs = pdfs;
        this.tenant = tenant;
        this.messages = messages;
    }

    @GetMapping("/t/{slug}/setup/company/sample-invoice.pdf")
    ResponseEntity<byte[]> sample(Locale locale) {
        return pdfs.download(sample(tenant.currency(), tenant.today(), locale), locale);
    }

    private PrintableDocument sample(Currency currency, LocalDate today, Locale locale) {
        List<PricedLine> priced = new ArrayList<>();
        List<PrintableDocument.Line> lines = new ArrayList<>();
        for (SampleLine sample : LINES) {
            BigDecimal quantity = new BigDecimal(sample.quantity());
            Money unitPrice = Money.of(new BigDecimal(sample.unitPrice()), currency, RoundingMode.HALF_UP);
            PricedLine line = PricedLine.of(quantity, unitPrice, new BigDecimal(sample.taxRate()));
            priced.add(line);
            lines.add(new PrintableDocument.Line(text("print.sample.line." + sample.key(), locale),
                    text("print.sample.line." + sample.key() + ".description", locale), quantity,
                    text("print.sample.line." + sample.key() + ".unit", locale), unitPrice, BigDecimal.ZERO,
                    line.taxRate(), line.net()));
        }
        DocumentTotals totals = DocumentTotals.of(currency, priced);
        PrintableDocument.Builder invoice = PrintableDocument.builder(text("print.sample.title", locale),
                        text("print.sample.number", locale))
                .date(text("print.sample.issued", locale), today)
                .date(text("print.sample.due", locale), today.plusDays(30))
                .buyer(new PrintableDocument.Buyer(text("print.sample.buyer", locale), null, null,
                        text("print.sample.buyer.address", locale).lines().toList()))
                .lines(lines)
                .totals(totals.net(), totals.tax(), totals.gross())
                .paymentTerms(text("print.sample.terms", locale))
                .notes(text("print.sample.notes", locale));
        totals.taxes().forEach(tax -> invoice.tax(new PrintableDocument.TaxAmount(tax.rate(), tax.base(), tax.tax())));
        return invoice.build();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
