package dev.atrium.core.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** An invoice as the list reads it from its own columns, before its amounts become {@code Money}. */
record InvoiceRow(long id, InvoiceKind kind, InvoiceStatus status, String number, long partyId, String partyName,
        LocalDate invoiceDate, LocalDate dueDate, Currency currency, BigDecimal net, BigDecimal gross,
        BigDecimal paid, BigDecimal credited) {
}
