package dev.atrium.core.party;

import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A person at a third party. Changed only through its {@link ThirdParty}, which keeps one primary contact. */
@Entity(name = "ThirdPartyContact")
@Table(name = "third_party_contact")
class Contact extends TenantScopedEntity {

    private String name;
    @Column(name = "job_title")
    private String jobTitle;
    private String email;
    private String phone;
    @Column(name = "is_primary")
    private boolean primary;

    protected Contact() {
    }

    Contact(ContactRequest details) {
        describe(details);
    }

    void describe(ContactRequest details) {
        name = details.name().strip();
        jobTitle = ThirdParty.blankToNull(details.jobTitle());
        email = ThirdParty.blankToNull(details.email());
        phone = ThirdParty.blankToNull(details.phone());
        primary = details.primary();
    }

    void demote() {
        primary = false;
    }

    /** How the timeline shows it: name, then what else is known, primary marked. */
    String summary() {
        return Stream.of(name, jobTitle, email, phone, primary ? "primary" : null)
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    boolean primary() {
        return primary;
    }
}
