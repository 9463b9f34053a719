package dev.atrium.core.identity.user;

import org.springframework.modulith.NamedInterface;
import dev.atrium.core.identity.token.ApiTokenService;
import dev.atrium.core.identity.user.PasswordLinks.Purpose;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.core.tenant.TenantSummary;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
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

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository users;
    private final ApiTokenService tokens;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final PasswordLinks links;
    private final PasswordPolicy policy;
    private final PasswordMail mail;
    private final TenantService tenants;

    UserService(UserAccountRepository users, ApiTokenService tokens, PasswordEncoder passwordEncoder,
            Clock clock, JdbcTemplate jdbc, PasswordLinks links, PasswordPolicy policy, PasswordMail mail,
            TenantService tenants) {
        this.links = links;
        this.policy = policy;
        this.mail = mail;
        this.tenants = tenants;
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
        policy.check("password", user.password(), user.email(), null);
        refuseUnknownRole(tenantId, user.role());
        refuseTakenEmail(tenantId, user.email());
        UserAccount account = new UserAccount(tenantId, user.email().toLowerCase(), user.displayName(),
                passwordEncoder.encode(user.password()), user.role(), clock.instant());
        return UserSummary.of(users.save(account));
    }

    /** A user holds one of their own tenant's roles; any other key is a field error, never a broken row. */
    private void refuseUnknownRole(long tenantId, String role) {
        Integer found = jdbc.queryForObject("select count(*) from tenant_role where tenant_id = ? and role_key = ?",
                Integer.class, tenantId, role);
        if (found == null || found == 0) {
            throw Problems.invalidField("role", "is not one of this company's roles");
        }
    }

    private void refuseTakenEmail(long tenantId, String email) {
        if (users.existsByTenantIdAndEmailIgnoreCase(tenantId, email)) {
            throw new RuleViolationException("user-email-taken", "Email already used",
                    "A user with email '" + email + "' already exists in this tenant.", Map.of("email", email));
        }
    }

    /**
     * An administrator invites a colleague by email: the account exists at once, with a password nobody knows,
     * and the email's link lets them choose their own. Refused when the deployment sends no mail; if the mail
     * server does not take the email, nothing is created.
     */
    @Transactional
    UserSummary invite(AtriumPrincipal actor, NewInvitation invitation) {
        bind(actor.tenantId());
        refuseIf(UserAdministrationPolicy.refuseCreation(actor, invitation.role()));
        refuseUnknownRole(actor.tenantId(), invitation.role());
        mail.requireConfigured();
        refuseTakenEmail(actor.tenantId(), invitation.email());
        // Flushed now: the link that refers to the account is written through JDBC, which JPA does not flush for.
        UserAccount account = users.saveAndFlush(new UserAccount(actor.tenantId(), invitation.email().toLowerCase(),
                invitation.displayName(), unusablePassword(), invitation.role(), clock.instant()));
        sendInvitation(actor, account);
        return UserSummary.of(account);
    }

    /** A new invitation link for a colleague who has not chosen a password yet; the older link stops working. */
    @Transactional
    UserSummary resendInvitation(AtriumPrincipal actor, long userId) {
        bind(actor.tenantId());
        UserAccount user = find(actor, userId);
        refuseIf(UserAdministrationPolicy.refuseCreation(actor, user.getRole()));
        mail.requireConfigured();
        if (!user.isEnabled()) {
            throw new RuleViolationException("user-disabled", "User disabled", user.getEmail()
                    + " is disabled: enable them before inviting them again.", Map.of("userId", userId));
        }
        if (!pendingInvitations(actor.tenantId()).contains(userId)) {
            throw new RuleViolationException("invitation-accepted", "Password already chosen", user.getEmail()
                    + " has a password already; they can ask for a new one with \"Forgot password?\".",
                    Map.of("userId", userId, "email", user.getEmail()));
        }
        sendInvitation(actor, user);
        return UserSummary.of(user);
    }

    /** The users invited by email who have not chosen their password yet. */
    @Transactional(readOnly = true)
    Set<Long> pendingInvitations(long tenantId) {
        bind(tenantId);
        Set<Long> invited = new HashSet<>(links.invited(tenantId));
        invited.removeIf(id -> users.findByTenantIdAndId(tenantId, id)
                .map(UserAccount::passwordChangedSinceCreation).orElse(true));
        return invited;
    }

    /** Whether mail goes out on this deployment, so pages offer invitations or say why they cannot. */
    boolean invitationsPossible() {
        return mail.configured();
    }

    private void sendInvitation(AtriumPrincipal actor, UserAccount user) {
        String secret = links.issue(actor.tenantId(), user.getId(), Purpose.INVITATION);
        mail.sendInvitation(tenants.get(actor.tenantId()), user, actor.displayName(), secret);
    }

    /** The hash of 32 random bytes nobody keeps: the account exists, and no password signs in to it. */
    private String unusablePassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return passwordEncoder.encode(Base64.getEncoder().encodeToString(bytes));
    }

    /**
     * What a password link is for, if it still works: unknown, used, revoked (by a newer link, a password change
     * or the user's disabling) and expired links are all no link at all. The tenant is bound before the lookup, so another tenant's link
     * finds nothing.
     */
    @Transactional(readOnly = true)
    Optional<Purpose> openLink(long tenantId, String secret) {
        bind(tenantId);
        for (Purpose purpose : Purpose.values()) {
            if (links.valid(tenantId, secret, purpose)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }

    /**
     * Sets the password a link's owner chose, using the link up. Their sessions end and their API tokens are
     * revoked, as when an administrator sets it. Empty when the link does not work (any more); a password the
     * policy refuses leaves the link unused.
     */
    @Transactional
    Optional<Purpose> choosePassword(long tenantId, String secret, String password) {
        bind(tenantId);
        Optional<Purpose> purpose = openLink(tenantId, secret);
        if (purpose.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserAccount> user = links.consume(tenantId, secret, purpose.get())
                .flatMap(userId -> users.findByTenantIdAndId(tenantId, userId))
                .filter(UserAccount::isEnabled);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        UserAccount account = user.get();
        // Checked after the link is used, in the same transaction: a refusal rolls the use back with it.
        policy.check("password", password, account.getEmail(), account.getPasswordHash());
        account.changePassword(passwordEncoder.encode(password), clock.instant());
        links.revokeAll(tenantId, account.getId());
        tokens.revokeAllOf(tenantId, account.getId());
        return purpose;
    }

    /**
     * What the policy finds in a password chosen through a link, without using the link up: the faults a form
     * names beside another one (a mismatched confirmation), so that one round reports them all. None when the
     * link does not work, which the page reports instead.
     */
    @Transactional(readOnly = true)
    List<FieldError> passwordRefusals(long tenantId, String secret, String password) {
        bind(tenantId);
        return openLink(tenantId, secret)
                .flatMap(purpose -> links.holder(tenantId, secret, purpose))
                .flatMap(userId -> users.findByTenantIdAndId(tenantId, userId))
                .map(account -> policy.refusals("password", password, account.getEmail(), account.getPasswordHash()))
                .orElse(List.of());
    }

    /** A reset link issued, to be mailed once its transaction has committed, so that it works when it arrives. */
    record ResetLink(TenantSummary tenant, UserAccount user, String secret) {
    }

    /**
     * A reset link for the enabled user with this email, if there is one; nothing either way for the caller's
     * answer to tell. Run apart from the request that asked (see {@code PasswordResetRequests}).
     */
    @Transactional
    Optional<ResetLink> issueResetLink(long tenantId, String email) {
        bind(tenantId);
        Optional<UserAccount> user = users.findByTenantIdAndEmailIgnoreCase(tenantId, email)
                .filter(UserAccount::isEnabled);
        if (user.isEmpty() || !mail.configured()) {
            return Optional.empty();
        }
        String secret = links.issue(tenantId, user.get().getId(), Purpose.RESET);
        return Optional.of(new ResetLink(tenants.get(tenantId), user.get(), secret));
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
    public UserSummary changeRole(AtriumPrincipal actor, long userId, String role) {
        bind(actor.tenantId());
        refuseUnknownRole(actor.tenantId(), role);
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
        // An invitation or reset sent before must not bring the account back in through its link.
        links.revokeAll(actor.tenantId(), userId);
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
        UserAccount user = find(actor, userId);
        refuseIf(UserAdministrationPolicy.refusePasswordChange(actor, user));
        policy.check("password", password, user.getEmail(), user.getPasswordHash());
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
            throw Problems.invalidField("currentPassword", "{problem.field.current-password}");
        }
        policy.check("newPassword", newPassword, user.getEmail(), user.getPasswordHash());
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
            errors.add(new FieldError("displayName", "{problem.field.display-name-length}"));
        }
        String language = change.language() == null || change.language().isBlank() ? null : change.language().strip();
        if (language != null && Languages.SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(language))) {
            errors.add(new FieldError("language", "{problem.field.language}"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        user.changeProfile(name, language);
        tokens.ownersChanged(me.tenantId());
        return Profile.of(user);
    }

    /** By tenant and id: the database's wall is the second one, not the only one. */
    private UserAccount find(AtriumPrincipal actor, long userId) {
        return users.findByTenantIdAndId(actor.tenantId(), userId)
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    private long lockEnabledOwners(long tenantId) {
        return users.findByTenantIdAndRoleAndEnabledTrue(tenantId, Role.OWNER.key()).size();
    }

    private static void refuseIf(Optional<UserAdministrationPolicy.Refusal> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get().toProblem();
        }
    }
}
