package dev.atrium.core.identity.user;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.Role;
import dev.atrium.plugin.problem.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who may change whom among a tenant's users. Owners are touched only by
 * owners; a tenant never loses its last enabled owner, since nobody else could
 * then hand ownership on; and nobody locks themselves out.
 */
final class UserAdministrationPolicy {

    private UserAdministrationPolicy() {
    }

    static Optional<Refusal> refuseCreation(AtriumPrincipal actor, String role) {
        return Role.OWNER.key().equals(role) ? ownersOnly(actor, "create an owner", "create-owner", null) : Optional.empty();
    }

    /** @param enabledOwners the tenant's enabled owners, counted under lock */
    static Optional<Refusal> refuseRoleChange(AtriumPrincipal actor, UserAccount user, String newRole,
            long enabledOwners) {
        if (user.isOwner() || Role.OWNER.key().equals(newRole)) {
            Optional<Refusal> refused = user.isOwner()
                    ? ownersOnly(actor, "change an owner's role", "change-owner-role", user)
                    : ownersOnly(actor, "make someone an owner", "make-owner", user);
            if (refused.isPresent()) {
                return refused;
            }
        }
        if (user.isOwner() && !Role.OWNER.key().equals(newRole)) {
            return lastOwner(user, enabledOwners, "demoted");
        }
        return Optional.empty();
    }

    /** @param enabledOwners the tenant's enabled owners, counted under lock */
    static Optional<Refusal> refuseDisabling(AtriumPrincipal actor, UserAccount user, long enabledOwners) {
        if (user.getId() == actor.userId()) {
            return Optional.of(new Refusal("user-self-disable", "Cannot disable yourself",
                    "You cannot disable your own account; ask another administrator.", user.getId(), Map.of()));
        }
        if (user.isOwner()) {
            return ownersOnly(actor, "disable an owner", "disable-owner", user).or(() -> lastOwner(user, enabledOwners, "disabled"));
        }
        return Optional.empty();
    }

    static Optional<Refusal> refuseEnabling(AtriumPrincipal actor, UserAccount user) {
        return user.isOwner() ? ownersOnly(actor, "enable an owner", "enable-owner", user) : Optional.empty();
    }

    static Optional<Refusal> refusePasswordChange(AtriumPrincipal actor, UserAccount user) {
        return user.isOwner() ? ownersOnly(actor, "set an owner's password", "set-owner-password", user) : Optional.empty();
    }

    /** @param action what was refused, by key, for other languages to word ({@code problem.action.<action>}) */
    private static Optional<Refusal> ownersOnly(AtriumPrincipal actor, String what, String action, UserAccount user) {
        if (actor.isOwner()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("owner-required", "Only an owner may do this",
                "Only an owner may " + what + ".", user == null ? null : user.getId(), Map.of("action", action)));
    }

    private static Optional<Refusal> lastOwner(UserAccount user, long enabledOwners, String change) {
        if (!user.isEnabled() || enabledOwners > 1) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("last-owner", "Last owner",
                user.getEmail() + " is the company's last enabled owner and cannot be " + change
                        + ". Make someone else an owner first.", user.getId(),
                Map.of("email", user.getEmail(), "change", change)));
    }

    /**
     * Why a change to a user was refused; {@code userId} is null when the user does not exist yet, {@code words}
     * what the detail names, for other languages to word it.
     */
    record Refusal(String type, String title, String detail, Long userId, Map<String, String> words) {

        RuleViolationException toProblem() {
            Map<String, Object> properties = new LinkedHashMap<>(words);
            if (userId != null) {
                properties.put("userId", userId);
            }
            return new RuleViolationException(type, title, detail, properties);
        }
    }
}
