package dev.atrium.core.identity.user;

import org.springframework.modulith.NamedInterface;
import dev.atrium.core.principal.Role;
import java.time.Instant;

/** A user as other features, and the tenant's administrators, may see them: never the password. */
@NamedInterface("users")
public record UserSummary(long id, long tenantId, String email, String displayName, Role role, boolean enabled,
        Instant createdAt) {

    static UserSummary of(UserAccount user) {
        return new UserSummary(user.getId(), user.getTenantId(), user.getEmail(), user.getDisplayName(),
                user.getRole(), user.isEnabled(), user.getCreatedAt());
    }
}
