package dev.atrium.core.tax;

import java.math.BigDecimal;

/**
 * A tax rate as products and documents read it.
 *
 * @param rate      a percentage from 0 to 100 with at most 4 decimals, e.g. {@code 20} or {@code 5.5}
 * @param isDefault the one a new product or line starts from; at most one per tenant, and an active one
 * @param active    offered for new products and lines; an inactive rate stays on what already carries it
 */
public record TaxRateView(long id, String name, BigDecimal rate, boolean isDefault, boolean active) {
}
