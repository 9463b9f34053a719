package dev.atrium.core.order;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What part of an order to invoice: chosen lines with their quantities, or, without any, everything still to
 * invoice.
 */
record InvoiceOrderRequest(List<Part> lines) {

    InvoiceOrderRequest {
        lines = lines == null ? List.of() : lines.stream().filter(Objects::nonNull).toList();
    }

    static InvoiceOrderRequest everything() {
        return new InvoiceOrderRequest(List.of());
    }

    /**
     * @param lineId   a line of this order
     * @param quantity at most what the line still has to invoice; all of that when absent
     */
    record Part(@Schema(description = "A line of this order") Long lineId,
            @Schema(example = "1", description = "Greater than 0, at most what is still to invoice")
            BigDecimal quantity) {
    }
}
