package dev.atrium.core.print;

import dev.atrium.core.sales.DocumentTotals;
import dev.atrium.core.sales.PricedLine;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.party.PartyAddress;
import dev.atrium.plugin.print.PrintableDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Invoices as a sales feature would hand them to the printer: lines priced by {@link PricedLine}, totals and tax
 * summary by {@link DocumentTotals}, so the samples add up exactly as real documents do.
 */
final class SampleDocuments {

    private static final String[][] WORK = {
            {"Consulting — architecture review", "Two workshops on site, with the written report", "day", "850"},
            {"Annual support plan", null, "year", "1200"},
            {"Server installation", "Rack, cabling and first configuration", "h", "95.5"},
            {"Licence Atrium Pro", "Per seat, billed monthly", "seat", "19.99"},
            {"Travel expenses", "Paris – Lyon return, hotel one night", null, "312.4"},
            {"Training: accounting basics", "Half a day for up to eight people; café et croissants compris", "session", "640"},
    };

    private static final String[][] TRAVAUX = {
            {"Conseil — revue d'architecture", "Deux ateliers sur site, avec le rapport écrit", "jour", "850"},
            {"Contrat d'assistance annuel", null, "an", "1200"},
            {"Installation serveur", "Baie, câblage et première configuration", "h", "95.5"},
            {"Licence Atrium Pro", "Par poste, facturée au mois", "poste", "19.99"},
            {"Frais de déplacement", "Paris – Lyon aller-retour, une nuit d'hôtel", null, "312.4"},
            {"Formation : bases de la comptabilité", "Une demi-journée, huit personnes au plus ; café et croissants compris", "session", "640"},
    };

    private static final BigDecimal[] RATES = {new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("5.5")};

    private SampleDocuments() {
    }

    /** An invoice of {@code lineCount} lines in {@code currency}, worded in {@code locale}'s language. */
    static PrintableDocument invoice(int lineCount, Currency currency, Locale locale) {
        boolean french = locale.getLanguage().equals("fr");
        List<PricedLine> priced = new ArrayList<>();
        List<PrintableDocument.Line> lines = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            String[] work = (french ? TRAVAUX : WORK)[i % WORK.length];
            BigDecimal quantity = BigDecimal.valueOf(1 + i % 4);
            BigDecimal discount = i % 5 == 3 ? BigDecimal.TEN : BigDecimal.ZERO;
            BigDecimal rate = RATES[i % RATES.length];
            Money unitPrice = Money.of(new BigDecimal(work[3]).multiply(scale(currency)), currency,
                    java.math.RoundingMode.HALF_UP);
            PricedLine line = new PricedLine(quantity, unitPrice, discount, rate);
            priced.add(line);
            lines.add(new PrintableDocument.Line(work[0], work[1], quantity, work[2], unitPrice, discount, rate,
                    line.net()));
        }
        DocumentTotals totals = DocumentTotals.of(currency, priced);
        LocalDate issued = LocalDate.of(2026, 12, 4);
        PrintableDocument.Builder invoice = PrintableDocument.builder(french ? "Facture" : "Invoice", "INV-2026-00042")
                .date(french ? "Date de facture" : "Issue date", issued)
                .date(french ? "Échéance" : "Due date", issued.plusDays(30))
                .row(french ? "Votre référence" : "Your reference", "PO-4471")
                .buyer(PrintableDocument.Buyer.of("Globex Industries Ltd", "C00042", "GB 123 4567 89",
                        new PartyAddress("Unit 4, Riverside Park", "Mill Lane", "M1 2AB", "Manchester", null, "GB"),
                        locale))
                .lines(lines)
                .totals(totals.net(), totals.tax(), totals.gross())
                .paymentTerms(french ? "30 jours net, par virement (IBAN FR76 3000 6000 0112 3456 7890 189)."
                        : "30 days net, by bank transfer (IBAN FR76 3000 6000 0112 3456 7890 189).")
                .notes(french ? "Merci de votre confiance.\nPénalités de retard : 3 fois le taux d'intérêt légal."
                        : "Thank you for your business.\nLate payment: interest at three times the legal rate.");
        totals.taxes().forEach(tax -> invoice.tax(new PrintableDocument.TaxAmount(tax.rate(), tax.base(), tax.tax())));
        return invoice.build();
    }

    /** Prices a yen invoice as yen would be, a dinar one in dinars: roughly the euro amounts' worth. */
    private static BigDecimal scale(Currency currency) {
        return switch (currency.getCurrencyCode()) {
            case "JPY" -> new BigDecimal("160");
            case "BHD" -> new BigDecimal("0.4137");
            default -> BigDecimal.ONE;
        };
    }
}
