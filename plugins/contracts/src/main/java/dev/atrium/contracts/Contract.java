package dev.atrium.contracts;

import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A service contract with a customer. Only its reference and title for now. */
@Entity
@Table(name = "contract")
public class Contract extends TenantScopedEntity {

    private String reference;
    private String title;

    protected Contract() {
    }

    Contract(String reference, String title) {
        this.reference = reference;
        this.title = title;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }
}
