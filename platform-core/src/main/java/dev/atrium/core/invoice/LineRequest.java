package dev.atrium.core.invoice;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * A line as added or changed on a draft; its amounts follow from these figures. Without a tax rate it takes the
 * tax rate's of {@code taxRateId}, the product's, or the tenant's default, in that order.
 */
record LineRequest(@Schema(example = "Consulting", maxLength = InvoiceLines.MAX_LABEL) String label,
        String description,
        @Schema(example = "2.5") BigDecimal quantity,
        @Schema(example = "h") String unit,
        @Schema(example = "120.00") BigDecimal unitPrice,
        @Schema(example = "0") BigDecimal discountPercent,
        @Schema(example = "20") BigDecimal taxRate,
        @Schema(example = "VAT 20 %") String taxName,
        @Schema(description = "A catalog item: what the line leaves empty is filled from it") Long productId,
        @Schema(description = "One of the tenant's tax rates: its rate and name when the line gives none")
        Long taxRateId) {

    NewInvoice.Line toLine() {
        return new NewInvoice.Line(label, description, quantity, unit, unitPrice, discountPercent, taxRate, taxName,
                productId, taxRateId);
    }
}
