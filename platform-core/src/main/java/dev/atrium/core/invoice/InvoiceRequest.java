package dev.atrium.core.invoice;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A draft's header as created or changed; on creation it may carry its first lines.
 *
 * @param currency    absent for the party's
 * @param invoiceDate absent for today
 * @param dueDate     absent for the one the party's payment terms give
 * @param lines       creation only; lines change through their own endpoints afterwards
 * @param version     the version read, when changing
 */
record InvoiceRequest(@Schema(example = "1042") Long partyId, @Schema(example = "EUR") Currency currency,
        LocalDate invoiceDate, LocalDate dueDate, @Schema(maxLength = InvoiceRequest.MAX_NOTES) String notes,
        List<LineRequest> lines, @Schema(description = "The version read; required when changing") Long version) {

    static final int MAX_NOTES = 2000;

    InvoiceRequest {
        lines = lines == null ? List.of() : lines;
    }

    NewInvoice toNewInvoice() {
        return new NewInvoice(partyId == null ? 0 : partyId, currency, invoiceDate, dueDate, notes,
                lines.stream().map(line -> line == null ? null : line.toLine()).toList(), null);
    }
}
