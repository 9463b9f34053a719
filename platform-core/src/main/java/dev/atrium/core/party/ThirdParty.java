package dev.atrium.core.party;

import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.party.PartyStatus;
import dev.atrium.plugin.persistence.TenantScopedEntity;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * A company or person the tenant does business with: a prospect or a customer,
 * and independently a supplier. The aggregate root of its contacts and
 * addresses. Never deleted, since documents refer to it: archived, it is
 * read-only and takes no new business until restored.
 */
@Entity
@Table(name = "third_party")
class ThirdParty extends TenantScopedEntity {

    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private ThirdPartyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "sales_relation")
    private SalesRelation salesRelation;

    private boolean supplier;

    @Enumerated(EnumType.STRING)
    private ThirdPartyStatus status;

    @Column(name = "tax_id")
    private String taxId;

    private String email;
    private String phone;
    private String website;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_terms")
    private PaymentTerms paymentTerms;

    private Currency currency;
    private String notes;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "third_party_id", nullable = false, updatable = false)
    @OrderBy("primary desc, name")
    private List<Contact> contacts = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "third_party_id", nullable = false, updatable = false)
    @OrderBy("kind, city")
    private List<Address> addresses = new ArrayList<>();

    protected ThirdParty() {
    }

    /** A new active third party with its first contacts and addresses; {@code currency} is the one it bills in. */
    ThirdParty(CreateThirdParty command, String code, Currency currency, Instant now) {
        this.status = ThirdPartyStatus.ACTIVE;
        this.createdAt = now;
        describe(command.details(), code, currency, now);
        command.contacts().forEach(this::addContact);
        command.addresses().forEach(this::addAddress);
    }

    void change(ThirdPartyDetails details, String code, Currency currency, Instant now) {
        requireActive();
        describe(details, code, currency, now);
    }

    void archive(Instant now) {
        status = status.moveTo(ThirdPartyStatus.ARCHIVED);
        updatedAt = now;
    }

    void restore(Instant now) {
        status = status.moveTo(ThirdPartyStatus.ACTIVE);
        updatedAt = now;
    }

    Contact addContact(ContactRequest details) {
        requireActive();
        Contact contact = new Contact(details);
        contacts.add(contact);
        keepOnePrimary(contact);
        return contact;
    }

    Contact changeContact(long contactId, ContactRequest details) {
        requireActive();
        Contact contact = find(contacts, contactId, "Contact");
        contact.describe(details);
        keepOnePrimary(contact);
        return contact;
    }

    void removeContact(long contactId) {
        requireActive();
        contacts.remove(find(contacts, contactId, "Contact"));
    }

    Address addAddress(AddressRequest details) {
        requireActive();
        Address address = new Address(details);
        addresses.add(address);
        return address;
    }

    Address changeAddress(long addressId, AddressRequest details) {
        requireActive();
        Address address = find(addresses, addressId, "Address");
        address.describe(details);
        return address;
    }

    void removeAddress(long addressId) {
        requireActive();
        addresses.remove(find(addresses, addressId, "Address"));
    }

    /** What modules see of it: archived ones too, marked so, since their documents still refer to them. */
    PartyReference reference() {
        return new PartyReference(getId(), code, name, PartyStatus.valueOf(status.name()),
                salesRelation == SalesRelation.CUSTOMER, supplier,
                addresses.stream().filter(Address::isBilling).findFirst().map(Address::toPartyAddress).orElse(null),
                currency, paymentTerms == null ? null : paymentTerms.name());
    }

    String code() {
        return code;
    }

    private void describe(ThirdPartyDetails details, String code, Currency currency, Instant now) {
        this.code = code;
        this.name = details.name();
        this.kind = details.kind();
        this.salesRelation = details.salesRelation();
        this.supplier = details.supplier();
        this.taxId = details.taxId();
        this.email = details.email();
        this.phone = details.phone();
        this.website = details.website();
        this.paymentTerms = details.paymentTerms();
        this.currency = currency;
        this.notes = details.notes();
        this.updatedAt = now;
    }

    private void keepOnePrimary(Contact chosen) {
        if (chosen.primary()) {
            contacts.stream().filter(other -> other != chosen).forEach(Contact::demote);
        }
    }

    private void requireActive() {
        if (status == ThirdPartyStatus.ARCHIVED) {
            throw new RuleViolationException("third-party-archived", "Third party archived",
                    "Third party " + code + " is archived; restore it before changing it.", Map.of("code", code));
        }
    }

    private static <T extends TenantScopedEntity> T find(List<T> children, long id, String what) {
        return children.stream().filter(child -> Long.valueOf(id).equals(child.getId())).findFirst()
                .orElseThrow(() -> new NotFoundException(what, id));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
