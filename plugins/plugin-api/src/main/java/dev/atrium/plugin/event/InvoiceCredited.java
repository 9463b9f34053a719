package dev.atrium.plugin.event;

import dev.atrium.plugin.money.Money;

/**
 * A credit note correcting an invoice was validated: the invoice owes that much less.
 *
 * @param creditNoteNumber its legal number, such as {@code CN-2026-00007}
 * @param amount           what this credit note takes back, tax included
 * @param credited         what every credit note of the invoice takes back so far
 * @param fullyCredited    true once the invoice is credited in full
 */
public record InvoiceCredited(long tenantId, long invoiceId, String invoiceNumber, long creditNoteId,
        String creditNoteNumber, long partyId, Money amount, Money credited, boolean fullyCredited)
        implements HostEvent {
}
