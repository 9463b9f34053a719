package dev.atrium.core.party;

/** The relations a list can be filtered on: {@code ?relation=customer}. */
enum Relation {
    CUSTOMER,
    PROSPECT,
    SUPPLIER
}
