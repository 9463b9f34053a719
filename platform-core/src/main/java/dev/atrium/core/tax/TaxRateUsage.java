package dev.atrium.core.tax;

import java.util.Map;

/**
 * What refers to tax rates, told by the feature that does (the catalog's products, a document feature's lines),
 * so Setup → Taxes shows which rates are in use without this feature knowing the features that use it. A rate in
 * use is deactivated, never deleted.
 */
public interface TaxRateUsage {

    /** How many of the feature's records refer to each rate of the current tenant, by rate id; absent is none. */
    Map<Long, Long> usesByRate();
}
