package dev.atrium.core.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address of a third party, as a client sends it. */
record AddressRequest(
        @NotNull Address.Kind kind,
        @NotBlank @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @Size(max = 20) String postalCode,
        @NotBlank @Size(max = 100) String city,
        @Size(max = 100) String region,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "{problem.field.country}") String country) {
}
