package dev.atrium.core.party;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** When a third party's invoices fall due, counted from the invoice date; public for the invoices that fall due. */
public enum PaymentTerms {
    DUE_ON_RECEIPT(0, false),
    NET_15(15, false),
    NET_30(30, false),
    NET_45(45, false),
    NET_60(60, false),
    END_OF_MONTH(0, true),
    NET_30_END_OF_MONTH(30, true);

    private final int days;
    private final boolean endOfMonth;

    PaymentTerms(int days, boolean endOfMonth) {
        this.days = days;
        this.endOfMonth = endOfMonth;
    }

    int days() {
        return days;
    }

    /** "30 days end of month" counts the days first, then goes to the end of that month. */
    public LocalDate dueDate(LocalDate invoiceDate) {
        LocalDate due = invoiceDate.plusDays(days);
        return endOfMonth ? due.with(TemporalAdjusters.lastDayOfMonth()) : due;
    }
}
