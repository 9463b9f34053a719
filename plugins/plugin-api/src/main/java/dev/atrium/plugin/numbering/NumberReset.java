package dev.atrium.plugin.numbering;

import java.time.LocalDate;

/** When a series starts counting again from 1. */
public enum NumberReset {

    /** One counter for ever: customer codes. */
    NEVER,
    /** A counter per calendar year of the document date: invoices in most countries. */
    YEARLY,
    /** A counter per month of the document date. */
    MONTHLY;

    /** The counter a document of {@code date} counts in: {@code ""}, {@code "2026"} or {@code "2026-03"}. */
    public String period(LocalDate date) {
        return switch (this) {
            case NEVER -> "";
            case YEARLY -> String.valueOf(date.getYear());
            case MONTHLY -> "%04d-%02d".formatted(date.getYear(), date.getMonthValue());
        };
    }
}
