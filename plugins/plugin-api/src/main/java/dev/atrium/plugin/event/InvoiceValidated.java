package dev.atrium.plugin.event;

import dev.atrium.plugin.money.Money;
import java.time.LocalDate;

/**
 * An invoice was validated: it has its legal number and is frozen from now on. A module that billed lines on
 * it may now treat them as invoiced for good.
 *
 * @param invoiceId the invoice's id in the tenant
 * @param number    its legal number, such as {@code INV-2026-00042}
 * @param partyId   the customer it bills
 * @param gross     what the customer owes, tax included
 */
public record InvoiceValidated(long tenantId, long invoiceId, String number, long partyId, LocalDate invoiceDate,
        LocalDate dueDate, Money gross) implements HostEvent {
}
