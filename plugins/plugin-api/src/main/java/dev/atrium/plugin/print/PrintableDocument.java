package dev.atrium.plugin.print;

import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.party.PartyAddress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a document says, as the host's {@link DocumentPrinter} lays it out on paper: everything but the seller,
 * whose letterhead the host takes from the bound tenant's company settings. Texts are the document's own, already
 * in the reader's language (the title, the labels of the dates and rows); the printer adds its own words (column
 * headings, "Total", "Page 1 of 2") from its bundles in the locale it is given, and formats numbers, amounts and
 * dates for that locale. Every text is printed as text: markup, URLs and CSS in a label stay letters on the page.
 *
 * <pre>{@code
 * Currency eur = Currency.getInstance("EUR");
 * PrintableDocument report = PrintableDocument.builder("Maintenance visit report", "VR-2026-00042")
 *         .date("Visit date", visit.date())
 *         .buyer(PrintableDocument.Buyer.of(customer.name(), customer.code(), null, customer.billingAddress(), locale))
 *         .line(new PrintableDocument.Line("Boiler service", "Annual check, filter replaced", BigDecimal.ONE, "visit",
 *                 Money.of("120.00", eur), BigDecimal.ZERO, new BigDecimal("20"), Money.of("120.00", eur)))
 *         .tax(new PrintableDocument.TaxAmount(new BigDecimal("20"), Money.of("120.00", eur), Money.of("24.00", eur)))
 *         .totals(Money.of("120.00", eur), Money.of("24.00", eur), Money.of("144.00", eur))
 *         .row("Technician", visit.technicianName())
 *         .notes("Next visit due in March.")
 *         .build();
 * byte[] pdf = printer.pdf(report, locale);
 * }</pre>
 *
 * @param title        what the document is: "Invoice", "Credit note", "Proposal", "Maintenance visit report"
 * @param number       its number or reference, which also names the file ({@code INV-2026-00001.pdf})
 * @param dates        its dates in the order printed, such as the issue date then the due date
 * @param buyer        to whom it is addressed
 * @param lines        in the order printed; none for a document that is not priced line by line
 * @param taxes        the tax summary, one entry per rate
 * @param totals       the document's totals; {@code null} prints none (a report without amounts)
 * @param paymentTerms how and when to pay, or {@code null}
 * @param notes        free text printed under the totals, or {@code null}; line breaks are kept
 * @param rows         further labelled facts printed beside the dates (a purchase order number, a contract)
 */
public record PrintableDocument(String title, String number, List<LabelledDate> dates, Buyer buyer, List<Line> lines,
        List<TaxAmount> taxes, Totals totals, String paymentTerms, String notes, List<LabelledRow> rows) {

    public PrintableDocument {
        requireText(title, "title");
        requireText(number, "number");
        Objects.requireNonNull(buyer, "buyer");
        dates = List.copyOf(dates);
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
        rows = List.copyOf(rows);
    }

    /** A document to fill in, by its title and number. */
    public static Builder builder(String title, String number) {
        return new Builder(title, number);
    }

    /** A date as the document names it: "Issue date", "Due date", "Valid until". */
    public record LabelledDate(String label, LocalDate date) {

        public LabelledDate {
            requireText(label, "label");
            Objects.requireNonNull(date, "date");
        }
    }

    /** A further fact printed beside the dates: "Your reference" → "PO 4471". */
    public record LabelledRow(String label, String value) {

        public LabelledRow {
            requireText(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Who the document is addressed to, printed where a window envelope shows it.
     *
     * @param code         the party's code ({@code C00042}), or {@code null}
     * @param taxId        its tax or VAT number, or {@code null}
     * @param addressLines the postal address, one line each, country last
     */
    public record Buyer(String name, String code, String taxId, List<String> addressLines) {

        public Buyer {
            requireText(name, "name");
            addressLines = List.copyOf(addressLines);
        }

        /**
         * A party with its address laid out as a letter's: the street lines, the postal code and city, the region,
         * and the country's name in {@code locale}; no address lines for a {@code null} address.
         */
        public static Buyer of(String name, String code, String taxId, PartyAddress address, Locale locale) {
            if (address == null) {
                return new Buyer(name, code, taxId, List.of());
            }
            String city = Stream.of(address.postalCode(), address.city()).filter(PrintableDocument::hasText)
                    .reduce((postalCode, town) -> postalCode + " " + town).orElse(null);
            String country = hasText(address.country())
                    ? Locale.of("", address.country()).getDisplayCountry(locale) : null;
            List<String> lines = new ArrayList<>();
            Stream.of(address.line1(), address.line2(), city, address.region(), country)
                    .filter(PrintableDocument::hasText).forEach(lines::add);
            return new Buyer(name, code, taxId, lines);
        }
    }

    /**
     * One line of the document, with the amounts its feature computed (the printer adds nothing up).
     *
     * @param description     a second, longer text under the label, or {@code null}
     * @param unit            "h", "day", "piece", or {@code null}
     * @param discountPercent from 0 to 100; zero prints no discount
     * @param taxRate         a percentage, {@code 20} or {@code 5.5}
     * @param net             the line's amount before tax
     */
    public record Line(String label, String description, BigDecimal quantity, String unit, Money unitPrice,
            BigDecimal discountPercent, BigDecimal taxRate, Money net) {

        public Line {
            requireText(label, "label");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(discountPercent, "discountPercent");
            Objects.requireNonNull(taxRate, "taxRate");
            Objects.requireNonNull(net, "net");
        }
    }

    /** What one tax rate amounts to: the base it applies to and the tax it makes. */
    public record TaxAmount(BigDecimal rate, Money base, Money tax) {

        public TaxAmount {
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(tax, "tax");
        }
    }

    /** The document's totals: before tax, the tax, and what the buyer pays. */
    public record Totals(Money net, Money tax, Money gross) {

        public Totals {
            Objects.requireNonNull(net, "net");
            Objects.requireNonNull(tax, "tax");
            Objects.requireNonNull(gross, "gross");
        }
    }

    /** Fills a {@link PrintableDocument} one part at a time; lists keep the order they are added in. */
    public static final class Builder {

        private final String title;
        private final String number;
        private final List<LabelledDate> dates = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();
        private final List<TaxAmount> taxes = new ArrayList<>();
        private final List<LabelledRow> rows = new ArrayList<>();
        private Buyer buyer;
        private Totals totals;
        private String paymentTerms;
        private String notes;

        private Builder(String title, String number) {
            this.title = title;
            this.number = number;
        }

        public Builder date(String label, LocalDate date) {
            dates.add(new LabelledDate(label, date));
            return this;
        }

        public Builder buyer(Buyer buyer) {
            this.buyer = buyer;
            return this;
        }

        public Builder line(Line line) {
            lines.add(line);
            return this;
        }

        public Builder lines(List<Line> lines) {
            this.lines.addAll(lines);
            return this;
        }

        public Builder tax(TaxAmount tax) {
            taxes.add(tax);
            return this;
        }

        public Builder totals(Money net, Money tax, Money gross) {
            this.totals = new Totals(net, tax, gross);
            return this;
        }

        public Builder paymentTerms(String paymentTerms) {
            this.paymentTerms = paymentTerms;
            return this;
        }

        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        public Builder row(String label, String value) {
            rows.add(new LabelledRow(label, value));
            return this;
        }

        public PrintableDocument build() {
            return new PrintableDocument(title, number, dates, buyer, lines, taxes, totals, paymentTerms, notes, rows);
        }
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static void requireText(String text, String name) {
        if (!hasText(text)) {
            throw new IllegalArgumentException("A printable document's " + name + " must not be blank");
        }
    }
}
