package dev.atrium.core.invoice;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.web.MenuLink;
import dev.atrium.plugin.numbering.NumberReset;
import dev.atrium.plugin.numbering.NumberSeries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the feature declares to the rest of the host: its menu entry and the two legal series, gapless per tenant
 * and per year of the document's date, which a tenant may reword under Setup → Numbering.
 */
@Configuration(proxyBeanMethods = false)
class InvoiceDeclarations {

    static final String INVOICE_SERIES = "core.invoice";
    static final String CREDIT_NOTE_SERIES = "core.credit-note";

    @Bean
    static MenuLink invoicesMenu() {
        return new MenuLink("invoices", "Invoices", "/invoices", 40, CorePermissions.INVOICE_READ);
    }

    @Bean
    NumberSeries invoiceNumbers() {
        return new NumberSeries(INVOICE_SERIES, "Invoices", "INV", "{prefix}-{yyyy}-{seq:5}", NumberReset.YEARLY);
    }

    @Bean
    NumberSeries creditNoteNumbers() {
        return new NumberSeries(CREDIT_NOTE_SERIES, "Credit notes", "CN", "{prefix}-{yyyy}-{seq:5}",
                NumberReset.YEARLY);
    }
}
