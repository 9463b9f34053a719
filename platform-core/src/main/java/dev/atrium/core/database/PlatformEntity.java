package dev.atrium.core.database;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Base of platform rows (users, API tokens, operators): not scoped to a tenant
 * by Hibernate or row-level security, so every query on them names its tenant.
 */
@MappedSuperclass
public abstract class PlatformEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_id")
    @SequenceGenerator(name = "platform_id", sequenceName = "platform_id_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }
}
