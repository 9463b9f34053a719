package dev.atrium.plugin.numbering;

import java.time.LocalDate;

/**
 * Legal, gapless document numbers: one series per tenant and kind of document
 * (declared with {@link NumberSeries}), formatted by the tenant's pattern. The
 * host implements it; a module's beans receive it by injection.
 *
 * <p>A number is taken <em>in the caller's transaction</em>, under a row lock
 * on the series' counter: call it where the document becomes legal (an invoice
 * at validation), inside the transaction that stores it. If that transaction
 * rolls back, the number is given back and the next taker gets it; two
 * concurrent takers wait for each other and never get the same number. Calling
 * it without a transaction is refused.
 *
 * <pre>{@code
 * @Transactional
 * public void validate(long invoiceId) {
 *     Invoice invoice = invoices.require(invoiceId);
 *     invoice.validate(numbers.next("contracts.contract", invoice.date()));  // "CT-2026-00042"
 * }
 * }</pre>
 *
 * @since API 1.0.0
 */
public interface DocumentNumbers {

    /**
     * The next number of {@code series} for a document dated {@code documentDate}
     * (a business date in the tenant's time zone): the date picks the year or
     * month the series counts in, and fills {@code {yyyy}}, {@code {yy}} and
     * {@code {mm}}.
     *
     * @throws IllegalArgumentException when no module or core feature declared {@code series}
     */
    String next(String series, LocalDate documentDate);
}
