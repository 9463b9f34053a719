package dev.atrium.core.thirdparty;

/** What an address of a third party is used for. */
enum AddressKind {
    BILLING,
    SHIPPING,
    OTHER
}
