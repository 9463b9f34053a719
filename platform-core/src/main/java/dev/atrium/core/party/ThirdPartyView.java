package dev.atrium.core.party;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * One third party with its contacts and addresses, a Spring Data projection
 * of the entity. Send {@code version} back to change it.
 */
interface ThirdPartyView extends ThirdPartySummary {

    long getVersion();

    String getWebsite();

    PaymentTerms getPaymentTerms();

    Currency getCurrency();

    String getNotes();

    Instant getUpdatedAt();

    List<ContactView> getContacts();

    List<AddressView> getAddresses();
}
