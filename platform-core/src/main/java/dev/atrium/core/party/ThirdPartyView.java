package dev.atrium.core.party;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** One third party with its contacts and addresses. Send {@code version} back to update it. */
record ThirdPartyView(long id, long version, String code, String name, ThirdPartyKind kind,
        SalesRelation salesRelation, boolean supplier, ThirdPartyStatus status, String taxId, String email,
        String phone, String website, PaymentTerms paymentTerms, Currency currency, String notes, Instant createdAt,
        Instant updatedAt, List<ContactView> contacts, List<AddressView> addresses) {

    static ThirdPartyView of(ThirdParty party) {
        return new ThirdPartyView(party.getId(), party.getVersion(), party.getCode(), party.getName(),
                party.getKind(), party.getSalesRelation(), party.isSupplier(), party.getStatus(), party.getTaxId(),
                party.getEmail(), party.getPhone(), party.getWebsite(), party.getPaymentTerms(), party.getCurrency(),
                party.getNotes(), party.getCreatedAt(), party.getUpdatedAt(),
                party.getContacts().stream().map(ContactView::of).toList(),
                party.getAddresses().stream().map(AddressView::of).toList());
    }

    /** What the edit form starts from. */
    ThirdPartyRequest toRequest() {
        return new ThirdPartyRequest(version, kind, name, code, salesRelation, supplier, status, taxId, email, phone,
                website, paymentTerms, currency, notes, null, null);
    }
}
