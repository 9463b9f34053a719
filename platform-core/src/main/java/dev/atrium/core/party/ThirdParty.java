package dev.atrium.core.party;

import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.party.PartyStatus;
import dev.atrium.plugin.persistence.ChildCollection;
import dev.atrium.plugin.persistence.TenantScopedEntity;
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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A company or person the tenant does business with: a prospect or a customer,
 * and independently a supplier. The aggregate root of its contacts and
 * addresses. Never deleted, since documents refer to it: archived, it is
 * read-only and takes no new business until restored.
 */
@Entity
@Table(name = "third_party")
class ThirdParty extends TenantScopedEntity {

    enum Kind { COMPANY, INDIVIDUAL }

    /** One value, so a third party is never a customer and a prospect at once; being a supplier is independent. */
    enum SalesRelation { NONE, PROSPECT, CUSTOMER }

    enum Status {
        ACTIVE, ARCHIVED;

        Status moveTo(Status target) {
            if (this == target) {
                throw new RuleViolationException("third-party-status-unchanged",
                        "Third party already " + name().toLowerCase(),
                        "The third party is already " + name().toLowerCase() + ".", Map.of("status", name()));
            }
            return target;
        }
    }

    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "sales_relation")
    private SalesRelation salesRelation;
    private boolean supplier;
    @Enumerated(EnumType.STRING)
    private Status status;
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

    /** {@code currency} is the one it bills in: the request's, else the company's. */
    ThirdParty(ThirdPartyRequest request, String code, Currency currency, Instant now) {
        this.status = Status.ACTIVE;
        this.createdAt = now;
        describe(request, code, currency, now);
        request.contacts().forEach(contacts()::add);
        request.addresses().forEach(addresses()::add);
    }

    void change(ThirdPartyRequest request, String code, Currency currency, Instant now) {
        requireActive();
        describe(request, code, currency, now);
    }

    void archive(Instant now) {
        status = status.moveTo(Status.ARCHIVED);
        updatedAt = now;
    }

    void restore(Instant now) {
        status = status.moveTo(Status.ACTIVE);
        updatedAt = now;
    }

    /** Its contacts, to change while it is active; at most one of them is the primary. */
    ChildCollection<Contact, ContactRequest> contacts() {
        requireActive();
        return new ChildCollection<>(contacts, "Contact", Contact::new, Contact::describe, this::keepOnePrimary);
    }

    ChildCollection<Address, AddressRequest> addresses() {
        requireActive();
        return new ChildCollection<>(addresses, "Address", Address::new, Address::describe, address -> { });
    }

    /** What modules see of it: archived ones too, marked so, since their documents still refer to them. */
    PartyReference reference() {
        return new PartyReference(getId(), code, name, PartyStatus.valueOf(status.name()),
                salesRelation == SalesRelation.CUSTOMER, supplier,
                addresses.stream().filter(Address::isBilling).findFirst().map(Address::toPartyAddress).orElse(null),
                currency, paymentTerms == null ? null : paymentTerms.name(), taxId);
    }

    String code() {
        return code;
    }

    boolean archived() {
        return status == Status.ARCHIVED;
    }

    /**
     * What its timeline compares before and after a change: each field's label (a message key of the party
     * bundle) and its display value. Contacts and addresses are one field each, so adding or removing one shows
     * the list before and after.
     */
    Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("party.field.code", code);
        fields.put("party.field.name", name);
        fields.put("party.field.kind", words(kind));
        fields.put("party.field.salesRelation", words(salesRelation));
        fields.put("party.field.supplier", supplier ? "yes" : "no");
        fields.put("party.field.status", words(status));
        fields.put("party.field.taxId", taxId);
        fields.put("party.email", email);
        fields.put("party.phone", phone);
        fields.put("party.website", website);
        fields.put("party.field.paymentTerms", words(paymentTerms));
        fields.put("party.field.currency", currency == null ? null : currency.getCurrencyCode());
        fields.put("party.field.notes", notes);
        fields.put("party.field.contacts", contacts.stream().map(Contact::summary).collect(Collectors.joining("; ")));
        fields.put("party.field.addresses", addresses.stream().map(Address::summary)
                .collect(Collectors.joining("; ")));
        return fields;
    }

    private static String words(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private void describe(ThirdPartyRequest request, String code, Currency currency, Instant now) {
        this.code = code;
        this.name = request.name().strip();
        this.kind = request.kind();
        this.salesRelation = request.salesRelation();
        this.supplier = request.supplier();
        this.taxId = blankToNull(request.taxId());
        this.email = blankToNull(request.email());
        this.phone = blankToNull(request.phone());
        this.website = blankToNull(request.website());
        this.paymentTerms = request.paymentTerms();
        this.currency = currency;
        this.notes = blankToNull(request.notes());
        this.updatedAt = now;
    }

    private void keepOnePrimary(Contact chosen) {
        if (chosen.primary()) {
            contacts.stream().filter(other -> other != chosen).forEach(Contact::demote);
        }
    }

    private void requireActive() {
        if (status == Status.ARCHIVED) {
            throw new RuleViolationException("third-party-archived", "Third party archived",
                    "Third party " + code + " is archived; restore it before changing it.", Map.of("code", code));
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
