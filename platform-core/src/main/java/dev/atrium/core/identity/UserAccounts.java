package dev.atrium.core.identity;

import dev.atrium.core.problem.Problems;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.RuleViolationException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users of a tenant and their personal API tokens. */
@Service
public class UserAccounts {

    private final UserAccountRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAccounts(UserAccountRepository users, ApiTokenRepository tokens, PasswordEncoder passwordEncoder,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public UserSummary create(long tenantId, NewUser user) {
        PasswordPolicy.check(user.password());
        if (users.existsByTenantIdAndEmailIgnoreCase(tenantId, user.email())) {
            throw new RuleViolationException("user-email-taken", "Email already used",
                    "A user with email '" + user.email() + "' already exists in this tenant.",
                    Map.of("email", user.email()));
        }
        UserAccount account = new UserAccount(tenantId, user.email().toLowerCase(), user.displayName(),
                passwordEncoder.encode(user.password()), user.role(), clock.instant());
        return UserSummary.of(users.save(account));
    }

    @Transactional(readOnly = true)
    public List<UserSummary> list(long tenantId) {
        return users.findByTenantIdOrderByEmail(tenantId).stream().map(UserSummary::of).toList();
    }

    /** An administrator brings a colleague into their own tenant. */
    @Transactional
    public UserSummary add(AtriumPrincipal actor, NewUser user) {
        refuseIf(UserAdministrationPolicy.refuseCreation(actor, user.role()));
        return create(actor.tenantId(), user);
    }

    @Transactional
    public UserSummary changeRole(AtriumPrincipal actor, long userId, Role role) {
        long owners = lockEnabledOwners(actor.tenantId());
        UserAccount user = find(actor, userId);
        refuseIf(UserAdministrationPolicy.refuseRoleChange(actor, user, role, owners));
        user.changeRole(role);
        return UserSummary.of(user);
    }

    @Transactional
    public UserSummary disable(AtriumPrincipal actor, long userId) {
        long owners = lockEnabledOwners(actor.tenantId());
        UserAccount user = find(actor, userId);
        refuseIf(UserAdministrationPolicy.refuseDisabling(actor, user, owners));
        user.disable();
        return UserSummary.of(user);
    }

    @Transactional
    public UserSummary enable(AtriumPrincipal actor, long userId) {
        UserAccount user = find(actor, userId);
        refuseIf(UserAdministrationPolicy.refuseEnabling(actor, user));
        user.enable();
        return UserSummary.of(user);
    }

    /**
     * An administrator sets a new password for a user who lost theirs, or whose
     * account may be in other hands: their sessions end and their API tokens
     * are revoked.
     */
    @Transactional
    public void setPassword(AtriumPrincipal actor, long userId, String password) {
        PasswordPolicy.check(password);
        UserAccount user = find(actor, userId);
        refuseIf(UserAdministrationPolicy.refusePasswordChange(actor, user));
        user.changePassword(passwordEncoder.encode(password), clock.instant());
        tokens.findByTenantIdAndUserIdOrderByCreatedAtDesc(actor.tenantId(), userId)
                .forEach(token -> token.revoke(clock.instant()));
    }

    /**
     * Users change their own password, proving they know the current one. Their
     * other sessions end at their next request; their API tokens stay.
     */
    @Transactional
    public void changeOwnPassword(AtriumPrincipal me, String currentPassword, String newPassword) {
        UserAccount user = find(me, me.userId());
        if (!passwordEncoder.matches(currentPassword == null ? "" : currentPassword, user.getPasswordHash())) {
            throw Problems.invalidField("currentPassword", "is not your current password");
        }
        PasswordPolicy.check("newPassword", newPassword);
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
    }

    /** Always by tenant and id: {@code app_user} has no row-level security to catch a forgotten tenant. */
    private UserAccount find(AtriumPrincipal actor, long userId) {
        return users.findByTenantIdAndId(actor.tenantId(), userId)
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    private long lockEnabledOwners(long tenantId) {
        return users.findByTenantIdAndRoleAndEnabledTrue(tenantId, Role.OWNER).size();
    }

    private static void refuseIf(Optional<UserAdministrationPolicy.Refusal> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get().toProblem();
        }
    }

    @Transactional
    public IssuedToken issueToken(AtriumPrincipal owner, String name) {
        String secret = TokenHashing.newSecret();
        String prefix = secret.substring(0, 12);
        ApiToken token = tokens.save(new ApiToken(owner.tenantId(), owner.userId(), name,
                TokenHashing.sha256(secret), prefix, clock.instant()));
        return new IssuedToken(token.getId(), name, prefix, secret, token.getCreatedAt());
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> tokens(AtriumPrincipal owner) {
        return tokens.findByTenantIdAndUserIdOrderByCreatedAtDesc(owner.tenantId(), owner.userId()).stream()
                .map(TokenSummary::of).toList();
    }

    @Transactional
    public void revokeToken(AtriumPrincipal owner, long tokenId) {
        tokens.findByTenantIdAndUserIdAndId(owner.tenantId(), owner.userId(), tokenId)
                .orElseThrow(() -> new NotFoundException("API token", tokenId))
                .revoke(clock.instant());
    }
}
