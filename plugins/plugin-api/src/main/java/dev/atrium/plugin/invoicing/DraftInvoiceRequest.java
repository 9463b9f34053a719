package dev.atrium.plugin.invoicing;

import dev.atrium.plugin.link.DocumentRef;
import dev.atrium.plugin.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * A draft invoice a module asks for.
 *
 * @param idempotencyKey 1 to 200 printable characters naming this billing: the same key returns the same invoice
 * @param partyId        an active customer of the bound tenant
 * @param notes          printed under the lines; {@code null} for none
 * @param lines          at least one, in the order they print; all priced in one currency, the invoice's
 * @param linkedTo       documents the invoice is linked to once created (the contract it bills); may be empty
 */
public record DraftInvoiceRequest(String idempotencyKey, long partyId, String notes, List<Line> lines,
        List<DocumentRef> linkedTo) {

    public DraftInvoiceRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
        linkedTo = linkedTo == null ? List.of() : List.copyOf(linkedTo);
    }

    /**
     * One line as it prints, and where it came from.
     *
     * @param label           1 to 200 characters
     * @param description     {@code null} for none
     * @param quantity        at most 4 decimals; negative takes back
     * @param unit            such as {@code h} or {@code month}, {@code null} for none
     * @param unitPrice       at most the currency's decimals
     * @param discountPercent 0 to 100, {@code null} for none
     * @param taxRate         a percentage, 0 to 100
     * @param taxName         the rate's name ({@code "VAT 20 %"}), {@code null} for none
     * @param source          the module's line this one bills; required
     */
    public record Line(String label, String description, BigDecimal quantity, String unit, Money unitPrice,
            BigDecimal discountPercent, BigDecimal taxRate, String taxName, LineSource source) {
    }
}
