package dev.atrium.core.invoice;

import dev.atrium.core.link.CoreDocumentType;
import dev.atrium.core.principal.CorePermissions;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Invoices and credit notes among a document's linked documents: each by its number (a draft by its provisional
 * reference) and the customer's name, with its status in the reader's language, opening its page.
 */
@Configuration(proxyBeanMethods = false)
class InvoiceLinks {

    @Bean
    CoreDocumentType invoiceDocuments(InvoiceRepository invoices, MessageSource messages) {
        return new Described(InvoiceKind.INVOICE, "invoice", "invoices", invoices, messages);
    }

    @Bean
    CoreDocumentType creditNoteDocuments(InvoiceRepository invoices, MessageSource messages) {
        return new Described(InvoiceKind.CREDIT_NOTE, "credit-note", "invoices", invoices, messages);
    }

    /** One kind of the invoice table as one document type. */
    private record Described(InvoiceKind kind, String type, String pages, InvoiceRepository invoices,
            MessageSource messages) implements CoreDocumentType {

        @Override
        public String documentType() {
            return type;
        }

        @Override
        public String typeName(Locale locale) {
            return messages.getMessage("link.type." + type, null, locale);
        }

        @Override
        public String readPermission() {
            return CorePermissions.INVOICE_READ;
        }

        /** In the caller's transaction, or the repository's own: the columns read need no lazy loading. */
        @Override
        public List<LinkedDocument> describe(List<Long> ids) {
            Locale locale = LocaleContextHolder.getLocale();
            return invoices.findAllById(ids).stream().filter(invoice -> invoice.kind() == kind)
                    .map(invoice -> new LinkedDocument(type, invoice.getId(),
                            invoice.reference() + " · " + invoice.partyName(),
                            messages.getMessage("invoice.status." + invoice.status(), null, locale),
                            pages + "/" + invoice.getId()))
                    .toList();
        }
    }
}
