package dev.atrium.core.invoice;

import java.math.BigDecimal;
import java.util.List;

/**
 * Which of a validated invoice's lines a credit note takes back, and how much of each.
 *
 * @param lines none (or absent) for everything not credited yet
 */
record CreditNoteRequest(List<CreditedLine> lines) {

    CreditNoteRequest {
        lines = lines == null ? List.of() : lines;
    }

    /**
     * @param lineId   a line of the invoice
     * @param quantity more than zero, at most what of the line is not credited yet; absent for all of that
     */
    record CreditedLine(Long lineId, BigDecimal quantity) {
    }
}
