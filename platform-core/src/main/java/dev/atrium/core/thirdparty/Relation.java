package dev.atrium.core.thirdparty;

/** The relations a list can be filtered on: {@code ?relation=customer}. */
enum Relation {
    CUSTOMER,
    PROSPECT,
    SUPPLIER
}
