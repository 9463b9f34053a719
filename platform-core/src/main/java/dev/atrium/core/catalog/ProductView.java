package dev.atrium.core.catalog;

import dev.atrium.plugin.money.Money;

/**
 * A product or service as a document's line editor reads it, to fill a line.
 *
 * @param unit      what one of the quantity is ("h", "day", "pc"); null when the product names none
 * @param unitPrice before tax, in the currency it was priced in (the tenant's, unless set otherwise)
 * @param taxRateId the rate a new line starts from; null when the line should take the tenant's default
 * @param active    offered for new lines; an inactive product stays on the documents that carry it
 */
public record ProductView(long id, String reference, String label, String description, ProductKind kind,
        String unit, Money unitPrice, Long taxRateId, boolean active) {
}
