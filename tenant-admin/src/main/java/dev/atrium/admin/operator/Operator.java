package dev.atrium.admin.operator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Someone who runs the platform: manages tenants, never signs in to one. A platform row. */
@Entity
@Table(name = "operator")
class Operator {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operator_id")
    @SequenceGenerator(name = "operator_id", sequenceName = "platform_id_seq", allocationSize = 50)
    private Long id;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

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
        return new OperatorPrincipal(id, email);
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
