package dev.atrium.core.identity.binding;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.Languages;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.tenancy.TenantJdbc;
import dev.atrium.core.problem.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.slf4j.MDC;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the signed-in principal's tenant for the rest of the request, and puts
 * it on every log line. A session outliving its tenant's suspension, or its
 * user's disabling, ends here; a role changed since sign-in counts from here on.
 */
public class TenantBindingFilter extends OncePerRequestFilter {

    /**
     * Set by an authentication that knows the user's role, its rights and the tenant's status as they are now (an
     * API token's lookup, read in this request or kept by a cache that forgets it at any change of them): no need
     * to read them again.
     */
    public static final String TENANT_CHECKED = TenantBindingFilter.class.getName() + ".tenantChecked";

    /** One query per page request: the user as they are now, and their tenant's status. */
    private static final String CURRENT_USER = """
            select u.role, u.enabled, u.credentials_changed_at, u.display_name, u.language, t.status, t.locale,
                   array(select r.right_key from tenant_role_right r
                          where r.tenant_id = u.tenant_id and r.role_key = u.role) as rights,
                   t.time_zone
              from app_user u
              join tenant t on t.id = u.tenant_id
             where u.tenant_id = ? and u.id = ?
            """;

    private record CurrentUser(String role, Set<String> rights, boolean enabled, Instant credentialsChangedAt, boolean tenantActive,
            String displayName, Locale language, ZoneId zone) {

        boolean credentialsChangedSince(Authentication authentication) {
            return credentialsChangedAt != null && authentication.getDetails() instanceof TenantLoginDetails login
                    && login.signedInAt() != null && credentialsChangedAt.isAfter(login.signedInAt());
        }
    }

    private final TenantJdbc jdbc;
    private final ProblemResponses problems;

    public TenantBindingFilter(TenantJdbc jdbc, ProblemResponses problems) {
        this.jdbc = jdbc;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AtriumPrincipal original)) {
            chain.doFilter(request, response);
            return;
        }
        AtriumPrincipal principal = original;
        // A token's authentication knows the user, role, rights and tenant as they are now.
        if (!Boolean.TRUE.equals(request.getAttribute(TENANT_CHECKED))) {
            CurrentUser current = currentUser(original);
            if (current == null || !current.enabled()) {
                end(request, response, original, 401, "user-disabled", "Account disabled",
                        "Your account has been disabled. Ask your company's administrator.", "disabled");
                return;
            }
            if (current.credentialsChangedSince(authentication)) {
                end(request, response, original, 401, "credentials-changed", "Signed out",
                        "Your password was changed since you signed in: sign in again.", "passwordChanged");
                return;
            }
            if (!current.tenantActive()) {
                end(request, response, original, 403, "tenant-suspended", "Tenant suspended",
                        "This company's account is suspended or closed. Please contact your Atrium provider.", "suspended");
                return;
            }
            principal = original.now(current.displayName(), current.role(), current.rights());
            request.setAttribute(Languages.REQUEST_ATTRIBUTE, current.language());
            request.setAttribute(Languages.ZONE_ATTRIBUTE, current.zone());
        }
        MDC.put("tenant", principal.tenantSlug());
        SecurityContext signedIn = SecurityContextHolder.getContext();
        try (var scope = TenantContext.enter(principal.tenantId())) {
            SecurityContextHolder.setContext(withGrantedPermissions(principal));
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(signedIn);
            MDC.remove("tenant");
        }
    }

    /**
     * The request's own security context: the rights the user's role holds now, the core's and the modules'
     * alike, so a right granted or taken away on Setup → Roles counts from the next request. It is never saved
     * to the session.
     */
    private SecurityContext withGrantedPermissions(AtriumPrincipal principal) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.authorities()));
        return context;
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private CurrentUser currentUser(AtriumPrincipal principal) {
        return jdbc.callAs(principal.tenantId(), tenant -> tenant.query(CURRENT_USER, rs -> rs.next()
                ? new CurrentUser(rs.getString("role"), rights(rs.getArray("rights")), rs.getBoolean("enabled"),
                        instant(rs.getTimestamp("credentials_changed_at")), "ACTIVE".equals(rs.getString("status")),
                        rs.getString("display_name"), Languages.of(rs.getString("language"), rs.getString("locale")),
                        ZoneId.of(rs.getString("time_zone")))
                : null, principal.tenantId(), principal.userId()));
    }

    private static Set<String> rights(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? Set.of() : Set.of((String[]) array.getArray());
    }

    private void end(HttpServletRequest request, HttpServletResponse response, AtriumPrincipal principal, int status,
            String type, String title, String detail, String loginReason) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        if (request.getRequestURI().startsWith("/api/")) {
            problems.write(response, status, type, title, detail);
        } else {
            response.sendRedirect("/t/" + principal.tenantSlug() + "/login?" + loginReason);
        }
    }
}
