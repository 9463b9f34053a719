package dev.atrium.core.identity.user;

import dev.atrium.core.principal.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import dev.atrium.core.database.PlatformEntity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who signs in to one tenant. A platform row, always read with its tenant named. */
@Entity
@Table(name = "app_user")
public class UserAccount extends PlatformEntity {

    @Column(name = "tenant_id")
    private Long tenantId;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    /** The key of one of the tenant's roles. */
    private String role;

    private boolean enabled;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

    /** A supported language tag such as {@code fr}, or null to follow the company's. */
    private String language;

    protected UserAccount() {
    }

    UserAccount(long tenantId, String email, String displayName, String passwordHash, String role, Instant now) {
        this.tenantId = tenantId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = now;
    }

    void changeRole(String newRole) {
        this.role = newRole;
    }

    /** Signing in stops at once; open sessions and API tokens stop at their next request. */
    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    /** Sessions signed in before {@code now} end at their next request. */
    void changePassword(String newPasswordHash, Instant now) {
        this.passwordHash = newPasswordHash;
        this.credentialsChangedAt = now;
    }

    /** Whether the user ever chose a password, or had one set for them, since the account was created. */
    boolean passwordChangedSinceCreation() {
        return credentialsChangedAt != null;
    }

    /** What the user is called and reads Atrium in; a null language follows the company's. */
    void changeProfile(String newDisplayName, String newLanguage) {
        this.displayName = newDisplayName;
        this.language = newLanguage;
    }

    public String getLanguage() {
        return language;
    }

    boolean isOwner() {
        return Role.OWNER.key().equals(role);
    }

    public long getTenantId() {
        return tenantId;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
