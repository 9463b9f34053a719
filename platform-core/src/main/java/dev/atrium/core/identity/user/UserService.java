package dev.atrium.core.identity.user;

import org.springframework.modulith.NamedInterface;
import dev.atrium.core.identity.token.ApiTokenService;
import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.Languages;
import dev.atrium.core.principal.Role;
import dev.atrium.core.problem.Problems;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import dev.atrium.core.tenancy.TenantSessions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users of a tenant: created at provisioning, administered from Setup → Users, and their own passwords. */
@Service
@NamedInterface("users")
public class UserService {

    private final UserAccountRepository users;
    private final ApiTokenService tokens;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final PasswordLinks links;

    UserService(UserAccountRepository users, ApiTokenService tokens, PasswordEncoder passwordEncoder,
            Clock clock, JdbcTemplate jdbc, PasswordLinks links) {
        this.links = links;
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Users and tokens are behind row-level security; callers name their tenant
     * explicitly (the operator console provisioning a tenant, a test fixture), so
     * every use case binds it in its transaction rather than trusting what the
     * thread may have bound.
     */
    private void bind(long tenantId) {
        TenantSessions.bind(jdbc, tenantId);
    }

    @Transactional
    public UserSummary create(long tenantId, NewUser user) {
        bind(tenantId);
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
        bind(tenantId);
        return users.findByTenantIdOrderByEmail(tenantId).stream().map(UserSummary::of).toList();
    }

    /** The user signing in on their tenant's page, with the tenant bound for the lookup. */
    @Transactional(readOnly = true)
    Optional<UserAccount> findForSignIn(long tenantId, String email) {
        bind(tenantId);
        return users.findByTenantIdAndEmailIgnoreCase(tenantId, email);
    }

    /** An administrator brings a colleague into their own tenant. */
    @Transactional
    public UserSummary add(AtriumPrincipal actor, NewUser user) {
        bind(actor.tenantId());
        refuseIf(UserAdministrationPolicy.refuseCreation(actor, user.role()));
        return create(actor.tenantId(), user);
    }

    @Transactional
    public UserSummary changeRole(AtriumPrincipal actor, long userId, Role role) {
        bind(actor.tenantId());
        long owners = lockEnabledOwners(actor.tenantId());
        UserAccount user = find(actor, userId);
        refuseIf(UserAdministrationPolicy.refuseRoleChange(actor, user, role, owners));
        user.changeRole(role);
        tokens.ownersChanged(actor.tenantId());
        return UserSummary.of(user);
    }

    @Transactional
    public UserSummary disable(AtriumPrincipal actor, long userId) {
        bind(actor.tenantId());
        long owners = lockEnabledOwners(actor.tenantId());
        UserAccount user = find(actor, userId);
        refuseIf(UserAdministrationPolicy.refuseDisabling(actor, user, owners));
        user.disable();
        tokens.ownersChanged(actor.tenantId());
        return UserSummary.of(user);
    }

    @Transactional
    public UserSummary enable(AtriumPrincipal actor, long userId) {
        bind(actor.tenantId());
        UserAccount user = find(actor, userId);
        refuseIf(UserAdministrationPolicy.refuseEnabling(actor, user));
        user.enable();
        tokens.ownersChanged(actor.tenantId());
        return UserSummary.of(user);
    }

    /**
     * An administrator sets a new password for a user who lost theirs, or whose
     * account may be in other hands: their sessions end and their API tokens
     * are revoked.
     */
    @Transactional
    public void setPassword(AtriumPrincipal actor, long userId, String password) {
        bind(actor.tenantId());
        PasswordPolicy.check(password);
        UserAccount user = find(actor, userId);
        refuseIf(UserAdministrationPolicy.refusePasswordChange(actor, user));
        user.changePassword(passwordEncoder.encode(password), clock.instant());
        links.revokeAll(actor.tenantId(), userId);
        tokens.revokeAllOf(actor.tenantId(), userId);
    }

    /**
     * Users change their own password, proving they know the current one. Their
     * other sessions end at their next request; their API tokens stay.
     */
    @Transactional
    public void changeOwnPassword(AtriumPrincipal me, String currentPassword, String newPassword) {
        bind(me.tenantId());
        UserAccount user = find(me, me.userId());
        if (!passwordEncoder.matches(currentPassword == null ? "" : currentPassword, user.getPasswordHash())) {
            throw Problems.invalidField("currentPassword", "is not your current password");
        }
        PasswordPolicy.check("newPassword", newPassword);
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        links.revokeAll(me.tenantId(), me.userId());
    }

    /** The signed-in user's own account, for the profile page and {@code GET /api/v1/me}. */
    @Transactional(readOnly = true)
    public Profile profile(AtriumPrincipal me) {
        bind(me.tenantId());
        return Profile.of(find(me, me.userId()));
    }

    /**
     * Users rename themselves and choose their language (blank follows the company's). Every bad field is
     * named in one 400 and nothing changes; the new name shows from the next request on.
     */
    @Transactional
    public Profile changeProfile(AtriumPrincipal me, ProfileChange change) {
        bind(me.tenantId());
        UserAccount user = find(me, me.userId());
        List<FieldError> errors = new ArrayList<>();
        String name = change.displayName() == null ? "" : change.displayName().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("displayName", "must be 1 to 200 characters"));
        }
        String language = change.language() == null || change.language().isBlank() ? null : change.language().strip();
        if (language != null && Languages.SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(language))) {
            errors.add(new FieldError("language", "must be one of " + Languages.SUPPORTED.stream()
                    .map(Locale::getLanguage).collect(Collectors.joining(", ")) + ", or empty for the company's"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        user.changeProfile(name, language);
        return Profile.of(user);
    }

    /** By tenant and id: the database's wall is the second one, not the only one. */
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
}
