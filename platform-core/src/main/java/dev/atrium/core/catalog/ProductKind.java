package dev.atrium.core.catalog;

/** Goods delivered, or work done (hours, days, a visit): invoices and reports tell them apart. */
public enum ProductKind {
    PRODUCT, SERVICE
}
