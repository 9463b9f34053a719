package dev.atrium.core.identity.token;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.tenancy.TenantSessions;
import dev.atrium.plugin.problem.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A user's personal API tokens: issued, listed and revoked by their owner. */
@Service
public class ApiTokenService {

    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final ApiTokenCache cache;

    ApiTokenService(ApiTokenRepository tokens, Clock clock, JdbcTemplate jdbc, ApiTokenCache cache) {
        this.tokens = tokens;
        this.clock = clock;
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /**
     * What a token stands for changed for this tenant (a user disabled, a role changed, a password reset): every
     * node forgets the tenant's cached token lookups once the caller's transaction commits.
     */
    public void ownersChanged(long tenantId) {
        cache.changed(tenantId);
    }

    /** Tokens are behind row-level security: each use case binds the tenant it names in its own transaction. */
    private void bind(long tenantId) {
        TenantSessions.bind(jdbc, tenantId);
    }

    /** A password set by an administrator ends every token of the user, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revokeAllOf(long tenantId, long userId) {
        bind(tenantId);
        tokens.findByTenantIdAndUserIdOrderByCreatedAtDesc(tenantId, userId)
                .forEach(token -> token.revoke(clock.instant()));
        cache.changed(tenantId);
    }

    @Transactional
    public IssuedToken issue(AtriumPrincipal owner, String name) {
        bind(owner.tenantId());
        String secret = TokenHashing.newSecret(owner.tenantSlug());
        String prefix = TokenHashing.displayPrefix(secret);
        ApiToken token = tokens.save(new ApiToken(owner.tenantId(), owner.userId(), name,
                TokenHashing.sha256(secret), prefix, clock.instant()));
        return new IssuedToken(token.getId(), name, prefix, secret, token.getCreatedAt());
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> list(AtriumPrincipal owner) {
        bind(owner.tenantId());
        return tokens.findByTenantIdAndUserIdOrderByCreatedAtDesc(owner.tenantId(), owner.userId()).stream()
                .map(TokenSummary::of).toList();
    }

    @Transactional
    public void revoke(AtriumPrincipal owner, long tokenId) {
        bind(owner.tenantId());
        tokens.findByTenantIdAndUserIdAndId(owner.tenantId(), owner.userId(), tokenId)
                .orElseThrow(() -> new NotFoundException("API token", tokenId))
                .revoke(clock.instant());
        cache.changed(owner.tenantId());
    }
}
