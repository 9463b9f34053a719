package dev.atrium.core.party;

import dev.atrium.core.web.CurrentCurrency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A third party as a client or the form sends it, and the command the service
 * runs. A create may bring the first contacts and addresses along; a change
 * carries the {@code version} it read and leaves contacts and addresses to
 * their own endpoints. Archiving and restoring are actions of their own, not a
 * status sent here. Without a code, a create takes the next of its series and
 * a change keeps the party's own.
 */
record ThirdPartyRequest(
        @NotNull(groups = OnUpdate.class) Long version,
        @NotNull ThirdParty.Kind kind,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9._-]+",
                message = "{problem.field.code}") String code,
        ThirdParty.SalesRelation salesRelation,
        Boolean supplier,
        @Null(message = "{problem.field.status-endpoint}")
        ThirdParty.Status status,
        @Size(max = 20) @Pattern(regexp = "[A-Z]{2}[A-Z0-9]{2,18}",
                message = "{problem.field.tax-id}") String taxId,
        @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = ContactRequest.PHONE, message = ContactRequest.PHONE_MESSAGE) String phone,
        @Size(max = 200) @Pattern(regexp = "https?://\\S+", message = "{problem.field.website}")
        String website,
        PaymentTerms paymentTerms,
        @CurrentCurrency Currency currency,
        @Size(max = 4000) String notes,
        @Null(groups = OnUpdate.class, message = "{problem.field.contacts-endpoint}")
        @Size(max = 50) List<@Valid @NotNull ContactRequest> contacts,
        @Null(groups = OnUpdate.class, message = "{problem.field.addresses-endpoint}")
        @Size(max = 20) List<@Valid @NotNull AddressRequest> addresses) {

    /** Validation of an update: everything a create checks, and the version. */
    interface OnUpdate extends Default {
    }

    ThirdPartyRequest {
        salesRelation = salesRelation == null ? ThirdParty.SalesRelation.NONE : salesRelation;
        supplier = Boolean.TRUE.equals(supplier);
        // People type VAT numbers with spaces and dots ("FR 40 303 265 045"); keep the compact form.
        taxId = taxId == null ? null : taxId.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
        paymentTerms = paymentTerms == null ? PaymentTerms.DUE_ON_RECEIPT : paymentTerms;
    }

    /**
     * What the new-third-party form starts from: a company that is a customer, with an empty billing address in
     * {@code country} (null when unknown) for the form's address fields.
     */
    static ThirdPartyRequest newCustomer(String country) {
        return new ThirdPartyRequest(null, ThirdParty.Kind.COMPANY, null, null, ThirdParty.SalesRelation.CUSTOMER,
                false, null, null, null, null, null, null, null, null, null, List.of(AddressRequest.billingIn(country)));
    }

    /** The same without the addresses the form left empty: the create form's address is optional. */
    ThirdPartyRequest withoutBlankAddresses() {
        return new ThirdPartyRequest(version, kind, name, code, salesRelation, supplier, status, taxId, email, phone,
                website, paymentTerms, currency, notes, contacts,
                addresses == null ? null : addresses.stream().filter(address -> !address.isBlank()).toList());
    }

    @Override
    public List<ContactRequest> contacts() {
        return contacts == null ? List.of() : contacts;
    }

    @Override
    public List<AddressRequest> addresses() {
        return addresses == null ? List.of() : addresses;
    }
}
