package dev.atrium.core.preference;

import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of a user's preferences: a value under a key our code names. Written by {@link UserPreferences}. */
@Entity
@Table(name = "user_preference")
class UserPreference extends TenantScopedEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "key", nullable = false, updatable = false)
    private String name;

    private String value;

    protected UserPreference() {
    }

    String value() {
        return value;
    }
}
