package dev.atrium.core.party;

import dev.atrium.plugin.party.PartyAddress;
import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A postal address of a third party. Changed only through its {@link ThirdParty}. */
@Entity(name = "ThirdPartyAddress")
@Table(name = "third_party_address")
class Address extends TenantScopedEntity {

    /** Public: the address view's projection proxy, a public nested interface, lives outside this package. */
    public enum Kind { BILLING, SHIPPING, OTHER }

    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String line1;
    private String line2;
    @Column(name = "postal_code")
    private String postalCode;
    private String city;
    private String region;
    private String country;

    protected Address() {
    }

    Address(AddressRequest details) {
        describe(details);
    }

    void describe(AddressRequest details) {
        kind = details.kind();
        line1 = details.line1().strip();
        line2 = ThirdParty.blankToNull(details.line2());
        postalCode = ThirdParty.blankToNull(details.postalCode());
        city = details.city().strip();
        region = ThirdParty.blankToNull(details.region());
        country = details.country();
    }

    /** How the timeline shows it: its kind, then the address on one line. */
    String summary() {
        return kind.name().toLowerCase(Locale.ROOT) + ": " + Stream.of(line1, line2,
                postalCode, city, region, country).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    boolean isBilling() {
        return kind == Kind.BILLING;
    }

    PartyAddress toPartyAddress() {
        return new PartyAddress(line1, line2, postalCode, city, region, country);
    }
}
