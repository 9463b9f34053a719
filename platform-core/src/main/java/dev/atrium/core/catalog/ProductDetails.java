package dev.atrium.core.catalog;

import dev.atrium.plugin.money.Money;
import java.time.Instant;

/**
 * A product as its page and the API show it: what {@link ProductView} says, the name of its tax rate, when it was
 * created and last changed, and the version a change sends back.
 */
record ProductDetails(long id, String reference, String label, String description, ProductKind kind, String unit,
        Money unitPrice, Long taxRateId, String taxRateName, boolean active, Instant createdAt, Instant updatedAt,
        long version) {
}
