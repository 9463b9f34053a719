package dev.atrium.core.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address of a third party, as a client sends it; a change carries the {@code version} it read. */
record AddressRequest(
        @NotNull(groups = ThirdPartyRequest.OnUpdate.class) Long version,
        @NotNull Address.Kind kind,
        @NotBlank @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @Size(max = 20) String postalCode,
        @NotBlank @Size(max = 100) String city,
        @Size(max = 100) String region,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "{problem.field.country}") String country) {

    /** What an address form starts from: a billing address in {@code country} (null when unknown). */
    static AddressRequest billingIn(String country) {
        return new AddressRequest(null, Address.Kind.BILLING, null, null, null, null, null, country);
    }

    /** Nothing typed but the drop-downs: the create form's address left empty, which means no address. */
    boolean isBlank() {
        return line1 == null && line2 == null && postalCode == null && city == null && region == null;
    }
}
