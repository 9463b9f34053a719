package dev.atrium.core.identity.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import dev.atrium.core.database.PlatformEntity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API token. Only its SHA-256 is kept; the token itself is shown once. */
@Entity
@Table(name = "api_token")
class ApiToken extends PlatformEntity {

    @Column(name = "tenant_id")
    private Long tenantId;

    @Column(name = "user_id")
    private Long userId;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    private String prefix;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(long tenantId, long userId, String name, String tokenHash, String prefix, Instant now) {
        this.tenantId = tenantId;
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }


    long getTenantId() {
        return tenantId;
    }

    long getUserId() {
        return userId;
    }

    String getName() {
        return name;
    }

    String getPrefix() {
        return prefix;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
