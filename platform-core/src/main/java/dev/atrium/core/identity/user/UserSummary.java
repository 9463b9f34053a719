package dev.atrium.core.identity.user;

import org.springframework.modulith.NamedInterface;
import java.time.Instant;

/** A user as other features, and the tenant's administrators, may see them: never the password. */
@NamedInterface("users")
public record UserSummary(long id, long tenantId, String email, String displayName, String role, boolean enabled,
        Instant createdAt) {

    static UserSummary of(UserAccount user) {
        return new UserSummary(user.getId(), user.getTenantId(), user.getEmail(), user.getDisplayName(),
                user.getRole(), user.isEnabled(), user.getCreatedAt());
    }
}
