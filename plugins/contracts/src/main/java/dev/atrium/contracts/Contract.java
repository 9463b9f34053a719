package dev.atrium.contracts;

import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A service contract with one of the tenant's customers, for a term. */
@Entity
@Table(name = "contract")
public class Contract extends TenantScopedEntity {

    private String reference;
    private String title;

    @Column(name = "party_id")
    private Long partyId;

    /** The customer's name as last heard from the host, so lists need not ask for every party. */
    @Column(name = "customer_name")
    private String customerName;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "created_by_id")
    private Long createdById;

    @Column(name = "created_by_name")
    private String createdByName;

    protected Contract() {
    }

    Contract(String reference, String title, PartyReference customer, LocalDate startDate, LocalDate endDate,
            long createdById, String createdByName) {
        this.reference = reference;
        this.title = title;
        this.partyId = customer.id();
        this.customerName = customer.name();
        this.startDate = startDate;
        this.endDate = endDate;
        this.createdById = createdById;
        this.createdByName = createdByName;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public Long getPartyId() {
        return partyId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Long getCreatedById() {
        return createdById;
    }

    public String getCreatedByName() {
        return createdByName;
    }
}
