package dev.atrium.plugin.event;

import dev.atrium.plugin.money.Money;

/**
 * A payment was applied to an invoice.
 *
 * @param amount    this payment
 * @param paid      every payment so far
 * @param balance   what is still due after it
 * @param fullyPaid true once nothing is left to pay: the invoice is Paid
 */
public record InvoicePaid(long tenantId, long invoiceId, String number, long partyId, Money amount, Money paid,
        Money balance, boolean fullyPaid) implements HostEvent {
}
