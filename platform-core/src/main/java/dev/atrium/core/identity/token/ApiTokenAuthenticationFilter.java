package dev.atrium.core.identity.token;

import dev.atrium.core.identity.binding.TenantBindingFilter;
import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.identity.throttle.SignInAttempt;
import dev.atrium.core.identity.throttle.SignInThrottle;
import dev.atrium.core.identity.throttle.TooManyAttemptsException;
import dev.atrium.core.identity.throttle.TooManyAttemptsProblem;
import dev.atrium.core.problem.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import dev.atrium.core.principal.Languages;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import dev.atrium.core.tenancy.TenantJdbc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer atr_<slug>_...} with a personal API
 * token. Tokens are tenant rows behind row-level security: the tenant the token
 * names is bound for the lookup, and the token's hash must be among that
 * tenant's rows; the request's tenant is then the token's, never anything else
 * the client sends. The lookup reads, in one query, everything the request's
 * binding needs: the user, their role and its rights, the tenant's status; a
 * copy of it serves the token's next requests until anything of it changes.
 */
public class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String TENANT = "select id from tenant where slug = ?";
    private static final String LOOKUP = """
            select u.id, u.tenant_id, t.slug, t.status, u.email, u.display_name, u.role, k.id as token_id,
                   u.language, t.locale, t.time_zone,
                   array(select r.right_key from tenant_role_right r
                          where r.tenant_id = u.tenant_id and r.role_key = u.role) as rights
              from api_token k
              join app_user u on u.id = k.user_id and u.tenant_id = k.tenant_id
              join tenant t on t.id = u.tenant_id
             where k.tenant_id = ? and k.token_hash = ? and k.revoked_at is null and u.enabled
            """;
    private static final String TOUCH = """
            update api_token set last_used_at = now()
             where tenant_id = ? and id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')
            """;

    /** What a token stands for; {@code lastTouched} (nanoTime) spares the use-noting update most requests. */
    private record TokenOwner(AtriumPrincipal principal, boolean tenantActive, long tokenId, AtomicLong lastTouched,
            Locale language, ZoneId zone) {
    }

    private static final long TOUCH_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final TenantJdbc jdbc;
    private final ProblemResponses problems;
    private final SignInThrottle throttle;
    private final ApiTokenCache cache;

    public ApiTokenAuthenticationFilter(TenantJdbc jdbc, ProblemResponses problems, SignInThrottle throttle,
            ApiTokenCache cache) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.throttle = throttle;
        this.cache = cache;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        // Tokens name no account: wrong ones are counted per client address, and a locked address is refused
        // even a good token, or the answer would tell a guesser which token was right. A wrong token asks the
        // shared counters; a right one only what this node knows of lockouts, which every node hears of as they
        // start (see SignInThrottle#refuseIfKnownLocked).
        SignInAttempt attempt = SignInAttempt.apiToken(request.getRemoteAddr());
        String secret = header.substring(7).trim();
        TokenOwner owner = TokenHashing.tenantSlugOf(secret).map(slug -> lookUp(slug, secret)).orElse(null);
        try {
            if (owner == null) {
                throttle.check(attempt);
                throttle.failed(attempt);
                problems.write(response, 401, "invalid-token", "Invalid API token",
                        "The API token is unknown, revoked or malformed.");
                return;
            }
            throttle.refuseIfKnownLocked(attempt);
        } catch (TooManyAttemptsException e) {
            TooManyAttemptsProblem.write(problems, response, e);
            return;
        }
        if (!owner.tenantActive()) {
            problems.write(response, 403, "tenant-suspended", "Tenant suspended",
                    "This company's account is suspended or closed. Please contact your Atrium provider.");
            return;
        }
        request.setAttribute(TenantBindingFilter.TENANT_CHECKED, Boolean.TRUE);
        request.setAttribute(Languages.REQUEST_ATTRIBUTE, owner.language());
        request.setAttribute(Languages.ZONE_ATTRIBUTE, owner.zone());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner.principal(), null,
                owner.principal().authorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * The token's owner from this node's cache, or else found among its tenant's rows; its use is noted at most
     * once a minute either way.
     */
    private TokenOwner lookUp(String slug, String secret) {
        String hash = TokenHashing.sha256(secret);
        TokenOwner cached = cache.<TokenOwner>find(hash).orElse(null);
        if (cached != null) {
            touchIfDue(cached);
            return cached;
        }
        long generation = cache.generation();
        Long tenantId = jdbc.platform().query(TENANT, rs -> rs.next() ? rs.getLong(1) : null, slug);
        if (tenantId == null) {
            return null;
        }
        TokenOwner owner = jdbc.callAs(tenantId, tenant -> {
            TokenOwner found = tenant.query(LOOKUP, rs -> rs.next()
                    ? new TokenOwner(new AtriumPrincipal(rs.getLong("id"), rs.getLong("tenant_id"),
                            rs.getString("slug"), rs.getString("email"), rs.getString("display_name"),
                            rs.getString("role"), rights(rs.getArray("rights"))),
                            "ACTIVE".equals(rs.getString("status")), rs.getLong("token_id"),
                            new AtomicLong(System.nanoTime()),
                            Languages.of(rs.getString("language"), rs.getString("locale")),
                            ZoneId.of(rs.getString("time_zone")))
                    : null, tenantId, hash);
            if (found != null && found.tenantActive()) {
                tenant.update(TOUCH, tenantId, found.tokenId());
            }
            return found;
        });
        if (owner != null) {
            cache.store(hash, tenantId, owner, generation);
        }
        return owner;
    }

    private static Set<String> rights(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? Set.of() : Set.of((String[]) array.getArray());
    }

    private void touchIfDue(TokenOwner owner) {
        long last = owner.lastTouched().get();
        long now = System.nanoTime();
        if (owner.tenantActive() && now - last > TOUCH_EVERY_NANOS && owner.lastTouched().compareAndSet(last, now)) {
            long tenantId = owner.principal().tenantId();
            jdbc.callAs(tenantId, tenant -> tenant.update(TOUCH, tenantId, owner.tokenId()));
        }
    }
}
