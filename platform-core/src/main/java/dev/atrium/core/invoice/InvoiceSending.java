package dev.atrium.core.invoice;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.sending.SendableDocument;
import dev.atrium.core.sending.SendableDocuments;
import dev.atrium.core.web.Formats;
import dev.atrium.plugin.problem.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Invoices and credit notes as documents the sending feature mails from their pages, their PDF attached. Only a
 * validated one is sent (a draft's provisional reference means nothing to a customer), and sent again as often
 * as needed; the sending is recorded in its history by the sending feature.
 */
@Configuration(proxyBeanMethods = false)
class InvoiceSending {

    @Bean
    SendableDocuments sendableInvoices(InvoiceService invoices, InvoicePrints prints) {
        return new Kind(InvoiceKind.INVOICE, "invoice", invoices, prints);
    }

    @Bean
    SendableDocuments sendableCreditNotes(InvoiceService invoices, InvoicePrints prints) {
        return new Kind(InvoiceKind.CREDIT_NOTE, "credit-note", invoices, prints);
    }

    private record Kind(InvoiceKind documentKind, String kind, InvoiceService invoices, InvoicePrints prints)
            implements SendableDocuments {

        @Override
        public String right() {
            return CorePermissions.INVOICE_SEND;
        }

        @Override
        public List<String> placeholders() {
            return documentKind == InvoiceKind.INVOICE
                    ? List.of("invoice.number", "invoice.total", "invoice.due-date")
                    : List.of("credit-note.number", "credit-note.total", "credit-note.invoice-number");
        }

        @Override
        public Optional<SendableDocument> find(long id) {
            InvoiceView invoice;
            try {
                invoice = invoices.get(id);
            } catch (NotFoundException unknown) {
                return Optional.empty();
            }
            if (invoice.kind() != documentKind) {
                return Optional.empty();
            }
            Formats.Writer formats = new Formats.Writer();
            Map<String, String> values = documentKind == InvoiceKind.INVOICE
                    ? Map.of("invoice.number", invoice.reference(), "invoice.total", formats.money(invoice.gross()),
                            "invoice.due-date", formats.date(invoice.dueDate()))
                    : Map.of("credit-note.number", invoice.reference(),
                            "credit-note.total", formats.money(invoice.gross()),
                            "credit-note.invoice-number", invoice.links().stream()
                                    .filter(link -> link.relation().equals("credits"))
                                    .map(InvoiceView.LinkView::reference).findFirst().orElse(""));
            return Optional.of(new SendableDocument(invoice.id(), invoice.partyId(), invoice.reference(),
                    "invoices/" + invoice.id(), values, new SendableDocument.Pdf(invoice.reference() + ".pdf",
                            () -> prints.pdf(id, LocaleContextHolder.getLocale()).pdf()),
                    invoice.draft() || invoice.status() == InvoiceStatus.ABANDONED
                            ? Optional.of("{invoice.send.not-validated}") : Optional.empty()));
        }

        @Override
        public void sent(long id, String recipient) {
            // Sending changes nothing on a validated document; the sending feature records it in its history.
        }
    }
}
