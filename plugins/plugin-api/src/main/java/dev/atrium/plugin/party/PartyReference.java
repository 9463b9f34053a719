package dev.atrium.plugin.party;

import java.util.Currency;

/**
 * What a module may know of one of the tenant's parties (third parties): enough
 * to show it, bill it and refuse business with it. A module keeps only the
 * {@link #id()} in its own rows (see {@link PartyReferenceTable}) and asks
 * {@link Parties} again when it needs the rest.
 *
 * @param code           the party's code, such as {@code C00042}
 * @param customer       true for a customer (not a prospect)
 * @param supplier       true for a supplier; independent of {@code customer}
 * @param billingAddress the first billing address, or {@code null} when it has none
 * @param currency       the currency the party is billed in
 * @param paymentTerms   the host's name of its payment terms, such as {@code NET_30} or
 *                       {@code NET_30_END_OF_MONTH}
 * @param taxId          its VAT or tax number as a document prints it, {@code null} when it has none
 */
public record PartyReference(long id, String code, String name, PartyStatus status, boolean customer,
        boolean supplier, PartyAddress billingAddress, Currency currency, String paymentTerms, String taxId) {

    /** A party without a tax number. */
    public PartyReference(long id, String code, String name, PartyStatus status, boolean customer,
            boolean supplier, PartyAddress billingAddress, Currency currency, String paymentTerms) {
        this(id, code, name, status, customer, supplier, billingAddress, currency, paymentTerms, null);
    }

    public boolean active() {
        return status == PartyStatus.ACTIVE;
    }
}
