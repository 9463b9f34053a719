package dev.atrium.plugin.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/**
 * Base class of every row that belongs to one tenant.
 *
 * <p>The table behind a subclass has the primary key {@code (tenant_id, id)}, a
 * row-level security policy on {@code tenant_id}, and composite foreign keys to
 * the tenant's other tables. Hibernate fills {@code tenantId} on insert from the
 * request's tenant and adds it to every query, so an entity never sets it.
 *
 * <pre>{@code
 * @Entity
 * @Table(name = "contract")
 * public class Contract extends TenantScopedEntity {
 *     private String reference;
 *     ...
 * }
 * }</pre>
 *
 * <p>The migration that creates the table must enable and force row-level
 * security with the policy
 * {@code tenant_id = nullif(current_setting('atrium.tenant_id', true), '')::bigint}.
 */
@MappedSuperclass
public abstract class TenantScopedEntity {

    /** Drawn from the one global sequence, so ids never collide across tenants. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_id")
    @SequenceGenerator(name = "atrium_id", sequenceName = "atrium_id_seq", allocationSize = 50)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public long getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }
}
