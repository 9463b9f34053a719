package dev.atrium.core.tax;

import java.math.BigDecimal;

/**
 * A tax rate as Setup → Taxes and the API show it: what {@link TaxRateView} says, the version a change sends back,
 * and how many records (products, document lines) carry it: a rate nothing refers to may be deleted, one in use
 * only deactivated.
 */
record TaxRateRow(long id, String name, BigDecimal rate, boolean isDefault, boolean active, long version,
        long uses) {
}
