package dev.atrium.core.party;

/**
 * Where a third party stands on the sales side. One value, so a third party is
 * never a customer and a prospect at once; being a supplier is independent.
 */
enum SalesRelation {
    NONE,
    PROSPECT,
    CUSTOMER
}
