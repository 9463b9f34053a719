package dev.atrium.core.party;

import java.util.Currency;

/**
 * What describes a third party, as creating or changing one gives it: text
 * stripped, blank text none, defaults filled in. A null currency is the
 * company's own.
 */
record ThirdPartyDetails(ThirdPartyKind kind, String name, SalesRelation salesRelation, boolean supplier,
        String taxId, String email, String phone, String website, PaymentTerms paymentTerms, Currency currency,
        String notes) {

    ThirdPartyDetails {
        name = name.strip();
        salesRelation = salesRelation == null ? SalesRelation.NONE : salesRelation;
        taxId = ThirdParty.blankToNull(taxId);
        email = ThirdParty.blankToNull(email);
        phone = ThirdParty.blankToNull(phone);
        website = ThirdParty.blankToNull(website);
        paymentTerms = paymentTerms == null ? PaymentTerms.DUE_ON_RECEIPT : paymentTerms;
        notes = ThirdParty.blankToNull(notes);
    }
}
