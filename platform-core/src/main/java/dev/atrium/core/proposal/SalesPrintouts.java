package dev.atrium.core.proposal;

import dev.atrium.core.sales.DocumentTotals;
import dev.atrium.plugin.party.Parties;
import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.print.PrintableDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A proposal or an order as the printer takes it: title and dates in the reader's language, the party's name,
 * code and billing address as they are now, the lines with their amounts, the tax summary and the totals.
 */
@Component
public class SalesPrintouts {

    private final Parties parties;
    private final MessageSource messages;

    SalesPrintouts(Parties parties, MessageSource messages) {
        this.parties = parties;
        this.messages = messages;
    }

    /**
     * @param titleKey the bundle key of the document's title ({@code proposal.print.title})
     * @param dates    each date by the bundle key of its label, in the order printed
     */
    public PrintableDocument printable(String titleKey, String number, Map<String, LocalDate> dates, long partyId,
            String partyName, List<LineView> lines, DocumentTotals totals, String notes, Locale locale) {
        PrintableDocument.Builder document = PrintableDocument.builder(say(titleKey, locale), number);
        dates.forEach((label, date) -> document.date(say(label, locale), date));
        PartyReference party = parties.find(partyId).orElse(null);
        document.buyer(party == null ? new PrintableDocument.Buyer(partyName, null, null, List.of())
                : PrintableDocument.Buyer.of(party.name(), party.code(), null, party.billingAddress(), locale));
        for (LineView line : lines) {
            document.line(new PrintableDocument.Line(line.label(), line.description(), line.quantity(), line.unit(),
                    line.unitPrice(), line.discountPercent(), line.taxRate(), line.net()));
        }
        totals.taxes().forEach(tax -> document.tax(new PrintableDocument.TaxAmount(tax.rate(), tax.base(),
                tax.tax())));
        document.totals(totals.net(), totals.tax(), totals.gross());
        if (notes != null) {
            document.notes(notes);
        }
        return document.build();
    }

    private String say(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
