package dev.atrium.core.party;

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
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * A company or person the tenant does business with: a prospect or a customer,
 * and independently a supplier. The aggregate root of its contacts and
 * addresses; an archived third party is read-only until reactivated.
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

    ThirdParty(ThirdPartyRequest details, String code, Currency currency, Instant now) {
        this.status = ThirdPartyStatus.ACTIVE;
        this.createdAt = now;
        describe(details, code, currency, now);
        if (details.contacts() != null) {
            details.contacts().forEach(this::addContact);
        }
        if (details.addresses() != null) {
            details.addresses().forEach(this::addAddress);
        }
        if (details.status() == ThirdPartyStatus.ARCHIVED) {
            archive();
        }
    }

    /** A full update; moving to or from archived happens around it, so one request can reactivate and edit. */
    void update(ThirdPartyRequest details, String code, Currency currency, Instant now) {
        if (status == ThirdPartyStatus.ARCHIVED && details.status() == ThirdPartyStatus.ACTIVE) {
            reactivate();
        }
        requireActive();
        describe(details, code, currency, now);
        if (details.status() == ThirdPartyStatus.ARCHIVED) {
            archive();
        }
    }

    void archive() {
        status = status.moveTo(ThirdPartyStatus.ARCHIVED);
    }

    void reactivate() {
        status = status.moveTo(ThirdPartyStatus.ACTIVE);
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
        Contact contact = contact(contactId);
        contact.describe(details);
        keepOnePrimary(contact);
        return contact;
    }

    void removeContact(long contactId) {
        requireActive();
        contacts.remove(contact(contactId));
    }

    Address addAddress(AddressRequest details) {
        requireActive();
        Address address = new Address(details);
        addresses.add(address);
        return address;
    }

    Address changeAddress(long addressId, AddressRequest details) {
        requireActive();
        Address address = address(addressId);
        address.describe(details);
        return address;
    }

    void removeAddress(long addressId) {
        requireActive();
        addresses.remove(address(addressId));
    }

    private void describe(ThirdPartyRequest details, String code, Currency currency, Instant now) {
        this.code = code;
        this.name = details.name().strip();
        this.kind = details.kind();
        this.salesRelation = details.salesRelation();
        this.supplier = details.supplier();
        this.taxId = blankToNull(details.taxId());
        this.email = blankToNull(details.email());
        this.phone = blankToNull(details.phone());
        this.website = blankToNull(details.website());
        this.paymentTerms = details.paymentTerms();
        this.currency = currency;
        this.notes = blankToNull(details.notes());
        this.updatedAt = now;
    }

    private void keepOnePrimary(Contact chosen) {
        if (chosen.isPrimary()) {
            contacts.stream().filter(other -> other != chosen).forEach(Contact::demote);
        }
    }

    private void requireActive() {
        if (status == ThirdPartyStatus.ARCHIVED) {
            throw new RuleViolationException("third-party-archived", "Third party archived",
                    "Third party " + code + " is archived; reactivate it before changing it.", Map.of("code", code));
        }
    }

    private Contact contact(long contactId) {
        return contacts.stream().filter(contact -> Long.valueOf(contactId).equals(contact.getId())).findFirst()
                .orElseThrow(() -> new NotFoundException("Contact", contactId));
    }

    private Address address(long addressId) {
        return addresses.stream().filter(address -> Long.valueOf(addressId).equals(address.getId())).findFirst()
                .orElseThrow(() -> new NotFoundException("Address", addressId));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    ThirdPartyKind getKind() {
        return kind;
    }

    SalesRelation getSalesRelation() {
        return salesRelation;
    }

    boolean isSupplier() {
        return supplier;
    }

    ThirdPartyStatus getStatus() {
        return status;
    }

    String getTaxId() {
        return taxId;
    }

    String getEmail() {
        return email;
    }

    String getPhone() {
        return phone;
    }

    String getWebsite() {
        return website;
    }

    PaymentTerms getPaymentTerms() {
        return paymentTerms;
    }

    Currency getCurrency() {
        return currency;
    }

    String getNotes() {
        return notes;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    List<Contact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }

    List<Address> getAddresses() {
        return Collections.unmodifiableList(addresses);
    }
}
