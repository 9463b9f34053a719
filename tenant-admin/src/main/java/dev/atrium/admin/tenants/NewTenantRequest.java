package dev.atrium.admin.tenants;

import dev.atrium.core.tenant.NewTenant;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/** A tenant to create, with its owner; from the API's JSON or the console's form. */
record NewTenantRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = SLUG, message = "must be 1 to 40 lower-case letters, digits "
                + "or inner hyphens") @Satisfies(FieldRule.UNRESERVED_SLUG) String slug,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Satisfies(FieldRule.CURRENCY_CODE) String defaultCurrency,
        @NotNull @Size(max = 35) @Satisfies(FieldRule.LANGUAGE_TAG) String locale,
        @NotNull @Size(max = 64) @Satisfies(FieldRule.TIME_ZONE_ID) String timeZone,
        @NotBlank @Email @Size(max = 254) String ownerEmail,
        @NotBlank @Size(max = 200) String ownerName,
        @NotNull @Satisfies(FieldRule.OWNER_PASSWORD) String ownerPassword) {

    static final String SLUG = "^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$";

    /** A blank form with the defaults most tenants keep. */
    static NewTenantRequest blank() {
        return new NewTenantRequest("", "", "EUR", "en-GB", "Europe/Paris", "", "", "");
    }

    /** Only once validated: every field parses. */
    NewTenant tenant() {
        return new NewTenant(slug, name.trim(), Currency.getInstance(defaultCurrency),
                new Locale.Builder().setLanguageTag(locale).build(), ZoneId.of(timeZone));
    }

    /** Keeps the owner's password out of any log line or error message that prints the request. */
    @Override
    public String toString() {
        return "NewTenantRequest[slug=" + slug + ", ownerEmail=" + ownerEmail + "]";
    }
}
