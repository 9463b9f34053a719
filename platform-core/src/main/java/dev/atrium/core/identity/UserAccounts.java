package dev.atrium.core.identity;

import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.RuleViolationException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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
