package dev.atrium.core.identity;

/** A user as other features may see them. */
public record UserSummary(long id, long tenantId, String email, String displayName, Role role, boolean enabled) {

    static UserSummary of(UserAccount user) {
        return new UserSummary(user.getId(), user.getTenantId(), user.getEmail(), user.getDisplayName(),
                user.getRole(), user.isEnabled());
    }
}
