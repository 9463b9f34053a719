package dev.atrium.admin.operator;

import dev.atrium.core.database.PlatformEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone who runs the platform: manages tenants, never signs in to one. A platform row. */
@Entity
@Table(name = "operator")
class Operator extends PlatformEntity {

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Operator() {
    }

    Operator(String email, String passwordHash, Instant now) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    void changePasswordHash(String newHash) {
        passwordHash = newHash;
    }

    OperatorPrincipal principal() {
        return new OperatorPrincipal(getId(), email);
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
