package dev.atrium.core.party;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person to talk to at a third party, as a client sends it. A change carries the {@code version} it read, as a
 * change of the third party does.
 */
record ContactRequest(
        @NotNull(groups = ThirdPartyRequest.OnUpdate.class) Long version,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String jobTitle,
        @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
        Boolean primary) {

    static final String PHONE = "\\+?[0-9 ()./-]{3,39}";
    static final String PHONE_MESSAGE = "must be a phone number: digits, spaces, ( ) . / - and an optional leading +";

    ContactRequest {
        primary = Boolean.TRUE.equals(primary);
    }

    /** What the add-contact form starts from. */
    static ContactRequest empty() {
        return new ContactRequest(null, null, null, null, null, false);
    }
}
