package dev.atrium.core.party;

import java.util.List;

/** Create a third party with its first contacts and addresses; without a code, the next of its series. */
record CreateThirdParty(String code, ThirdPartyDetails details, List<ContactRequest> contacts,
        List<AddressRequest> addresses) {

    CreateThirdParty {
        contacts = contacts == null ? List.of() : contacts;
        addresses = addresses == null ? List.of() : addresses;
    }
}
