package dev.atrium.core.party;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** One third party with its contacts and addresses, Spring Data projections of the entities. */
interface ThirdPartyView {

    long getId();

    String getCode();

    String getName();

    ThirdParty.Kind getKind();

    ThirdParty.SalesRelation getSalesRelation();

    boolean getSupplier();

    ThirdParty.Status getStatus();

    String getTaxId();

    String getEmail();

    String getPhone();

    Instant getCreatedAt();

    /** Sent back to change it. */
    long getVersion();

    String getWebsite();

    PaymentTerms getPaymentTerms();

    Currency getCurrency();

    String getNotes();

    Instant getUpdatedAt();

    List<ContactView> getContacts();

    List<AddressView> getAddresses();

    interface ContactView {
        long getId();

        /** Sent back to change or remove it. */
        long getVersion();

        String getName();

        String getJobTitle();

        String getEmail();

        String getPhone();

        boolean getPrimary();
    }

    interface AddressView {
        long getId();

        long getVersion();

        Address.Kind getKind();

        String getLine1();

        String getLine2();

        String getPostalCode();

        String getCity();

        String getRegion();

        String getCountry();
    }
}
