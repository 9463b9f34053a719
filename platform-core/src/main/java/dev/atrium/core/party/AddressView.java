package dev.atrium.core.party;

/** An address as the API and the pages show it: a projection of the entity. */
interface AddressView {

    long getId();

    AddressKind getKind();

    String getLine1();

    String getLine2();

    String getPostalCode();

    String getCity();

    String getRegion();

    String getCountry();
}
