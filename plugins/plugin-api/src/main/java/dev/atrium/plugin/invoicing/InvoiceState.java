package dev.atrium.plugin.invoicing;

/**
 * Where an invoice stands.
 *
 * @param invoiceId its id in the tenant
 * @param status    draft, validated, partially paid, paid or abandoned
 * @param number    its legal number once validated, such as {@code INV-2026-00042}; {@code null} for a draft
 */
public record InvoiceState(long invoiceId, Status status, String number) {

    /** An invoice's status as a module sees it. */
    public enum Status {
        DRAFT, VALIDATED, PARTIALLY_PAID, PAID, ABANDONED
    }
}
