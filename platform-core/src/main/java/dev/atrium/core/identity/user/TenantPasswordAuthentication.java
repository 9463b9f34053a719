package dev.atrium.core.identity.user;

import dev.atrium.core.identity.binding.TenantLoginDetails;
import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.core.tenant.TenantSummary;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a password against the users of the tenant whose sign-in page was
 * used. An unknown tenant, user or password all answer the same, and cost the
 * same time, so the page tells nobody which users exist; a disabled user is
 * told so only once the password was right.
 */
public class TenantPasswordAuthentication implements AuthenticationProvider {

    private final TenantService tenants;
    private final UserService users;
    private final PasswordEncoder passwordEncoder;
    private final String timingDecoy;

    public TenantPasswordAuthentication(TenantService tenants, UserService users,
            PasswordEncoder passwordEncoder) {
        this.tenants = tenants;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.timingDecoy = passwordEncoder.encode("timing-decoy");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication.getDetails() instanceof TenantLoginDetails details)) {
            return null;
        }
        String email = String.valueOf(authentication.getName()).trim();
        String password = String.valueOf(authentication.getCredentials());
        Optional<TenantSummary> tenant = tenants.findBySlug(details.tenantSlug());
        Optional<UserAccount> user = tenant.flatMap(t -> users.findForSignIn(t.id(), email));
        boolean matches = passwordEncoder.matches(password,
                user.map(UserAccount::getPasswordHash).orElse(timingDecoy));
        if (user.isEmpty() || !matches) {
            throw new BadCredentialsException("Wrong email or password.");
        }
        // Only past the password: without it, "disabled" would tell a stranger that the account exists.
        if (!user.get().isEnabled()) {
            throw new DisabledException("This account is disabled.");
        }
        if (!tenant.get().active()) {
            throw new TenantSuspendedException();
        }
        UserAccount account = user.get();
        AtriumPrincipal principal = new AtriumPrincipal(account.getId(), account.getTenantId(), tenant.get().slug(),
                // The tenant binding reads the role's rights on every request.
                account.getEmail(), account.getDisplayName(), account.getRole(), Set.of());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
