package dev.atrium.plugin.billing;

import java.time.LocalDate;
import java.util.List;

/**
 * A source of lines to invoice on a schedule (contract lines, AMC visits).
 *
 * <p><strong>Not called yet:</strong> the recurring invoicing job that reads
 * it arrives with its own issue. The interface is published now so modules can
 * be shaped around it; a bean of this type in a module's child context will be
 * picked up by that job, for tenants that activated the module only.
 *
 * <p>The job pages through due lines by keyset ({@code afterLineId}), invoices
 * them in chunks and then calls {@link #advance} for each invoiced line in the
 * same transaction, so a period is never invoiced twice.
 *
 * <pre>{@code
 * @Component
 * class ContractBillingSource implements BillingSource {
 *     public String sourceKey() { return "contracts"; }
 *
 *     public List<DueLine> dueLines(LocalDate asOf, long afterLineId, int limit) {
 *         return lines.findDue(asOf, afterLineId, limit).stream().map(ContractLine::toDueLine).toList();
 *     }
 *
 *     public void advance(long lineId, LocalDate invoicedThrough) {
 *         lines.get(lineId).advanceNextInvoiceDate(invoicedThrough);
 *     }
 * }
 * }</pre>
 */
public interface BillingSource {

    /** Stable name of the source, recorded on each invoice line it produced. */
    String sourceKey();

    /** Lines of the bound tenant due on or before {@code asOf}, ordered by id, after {@code afterLineId}. */
    List<DueLine> dueLines(LocalDate asOf, long afterLineId, int limit);

    /** Moves a line's next invoicing date past the period just invoiced. */
    void advance(long lineId, LocalDate invoicedThrough);

    /**
     * One line to invoice. Money is a decimal amount in the currency's minor-unit
     * scale with its ISO code, never a floating-point number.
     *
     * @param lineId        the source's own id of the line
     * @param thirdPartyId  the customer to invoice
     * @param label         text of the invoice line
     * @param quantity      decimal quantity
     * @param unitPrice     decimal unit price, e.g. {@code "120.00"}
     * @param currency      ISO 4217 code
     * @param periodStart   first day invoiced
     * @param periodEnd     last day invoiced
     */
    record DueLine(long lineId, long thirdPartyId, String label, String quantity, String unitPrice, String currency,
            LocalDate periodStart, LocalDate periodEnd) {
    }
}
