package dev.atrium.core.invoice;

import dev.atrium.plugin.money.Money;

/**
 * Applies money received to validated invoices, for the payments feature: each payment moves the invoice from
 * Validated to Partially paid, and to Paid once nothing is left to pay.
 *
 * <pre>{@code
 * PaymentApplied applied = invoicePayments.applyPayment(invoiceId, Money.of("40.00", eur));
 * applied.balance();   // what is still due: EUR 80.00
 * }</pre>
 */
public interface InvoicePayments {

    /**
     * Records {@code amount} as paid on the invoice, in the caller's transaction (or its own).
     *
     * @throws dev.atrium.plugin.problem.ProblemException a 404 when the bound tenant has no such invoice; a 409
     *         when it is not validated, is paid already, is in another currency or the amount is not positive or
     *         more than its balance. Nothing is written then.
     */
    PaymentApplied applyPayment(long invoiceId, Money amount);

    /**
     * What the invoice looks like after a payment.
     *
     * @param status  {@code PARTIALLY_PAID} or {@code PAID}
     * @param paid    every payment so far
     * @param balance what is still due: the gross less what was paid and credited
     */
    record PaymentApplied(long invoiceId, String number, String status, Money paid, Money balance) {
    }
}
