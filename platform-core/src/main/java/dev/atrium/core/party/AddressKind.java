package dev.atrium.core.party;

/** What an address of a third party is used for. */
enum AddressKind {
    BILLING,
    SHIPPING,
    OTHER
}
