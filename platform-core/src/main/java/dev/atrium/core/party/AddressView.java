package dev.atrium.core.party;

/** An address as the API and the pages show it. */
record AddressView(long id, AddressKind kind, String line1, String line2, String postalCode, String city,
        String region, String country) {

    static AddressView of(Address address) {
        return new AddressView(address.getId(), address.getKind(), address.getLine1(), address.getLine2(),
                address.getPostalCode(), address.getCity(), address.getRegion(), address.getCountry());
    }
}
