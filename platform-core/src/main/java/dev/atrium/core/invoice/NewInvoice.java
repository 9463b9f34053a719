package dev.atrium.core.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * What a draft invoice starts with. Every amount is in the invoice's currency; the line amounts follow from the
 * figures ({@link dev.atrium.core.sales.PricedLine}), so a converted document keeps exactly its amounts.
 *
 * @param partyId     an active customer of the bound tenant
 * @param currency    the document's own currency; {@code null} for the party's
 * @param invoiceDate {@code null} for today in the tenant's time zone
 * @param dueDate     {@code null} for the one the party's payment terms give from the invoice date
 * @param notes       printed under the lines; {@code null} for none
 * @param lines       in the order they print; none is fine for a draft
 * @param origin      the document it comes from, {@code null} for none
 */
public record NewInvoice(long partyId, Currency currency, LocalDate invoiceDate, LocalDate dueDate, String notes,
        List<Line> lines, Origin origin) {

    public NewInvoice {
        lines = lines == null ? List.of() : List.copyOf(lines);
        notes = notes == null ? "" : notes;
    }

    /**
     * One line as it prints.
     *
     * @param label           1 to 200 characters
     * @param description     {@code null} for none
     * @param quantity        at most 4 decimals; negative takes back
     * @param unit            such as {@code h} or {@code pc}, {@code null} for none
     * @param unitPrice       at most the currency's decimals
     * @param discountPercent 0 to 100, {@code null} for none
     * @param taxRate         a percentage, 0 to 100, kept on the line as it is now
     * @param taxName         the rate's name as it is now ({@code "VAT 20 %"}), {@code null} for none
     * @param productId       the catalog item it came from, {@code null} for free text; what the line leaves
     *                        empty (label, description, unit, unit price, tax rate) is filled from it
     * @param taxRateId       the tenant's tax rate it was given, {@code null} for none: a missing rate and name
     *                        are the rate's as they are now; with neither a rate nor an id, the tenant's default
     */
    public record Line(String label, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal discountPercent, BigDecimal taxRate, String taxName, Long productId, Long taxRateId) {

        /** A line whose rate is given by its value and name alone. */
        public Line(String label, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
                BigDecimal discountPercent, BigDecimal taxRate, String taxName, Long productId) {
            this(label, description, quantity, unit, unitPrice, discountPercent, taxRate, taxName, productId, null);
        }
    }

    /**
     * The document an invoice was made from.
     *
     * @param documentType lower case, such as {@code proposal} or {@code order}
     * @param documentId   its id in the bound tenant
     */
    public record Origin(String documentType, long documentId) {
    }
}
