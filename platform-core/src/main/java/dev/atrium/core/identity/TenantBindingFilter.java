package dev.atrium.core.identity;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.core.problem.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the signed-in principal's tenant for the rest of the request, and puts
 * it on every log line. A session outliving its tenant's suspension ends here.
 */
class TenantBindingFilter extends OncePerRequestFilter {

    /** Set by an authentication that read the tenant's status in this very request: no need to read it twice. */
    static final String TENANT_CHECKED = TenantBindingFilter.class.getName() + ".tenantChecked";

    private final TenantService tenants;
    private final ProblemResponses problems;
    private final List<PermissionSource> permissionSources;

    TenantBindingFilter(TenantService tenants, ProblemResponses problems, List<PermissionSource> permissionSources) {
        this.tenants = tenants;
        this.problems = problems;
        this.permissionSources = permissionSources;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AtriumPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        boolean active = Boolean.TRUE.equals(request.getAttribute(TENANT_CHECKED))
                || tenants.findById(principal.tenantId()).map(t -> t.active()).orElse(false);
        if (!active) {
            refuse(request, response, principal);
            return;
        }
        MDC.put("tenant", principal.tenantSlug());
        SecurityContext signedIn = SecurityContextHolder.getContext();
        try (var scope = TenantContext.enter(principal.tenantId())) {
            SecurityContextHolder.setContext(withGrantedPermissions(authentication, principal));
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(signedIn);
            MDC.remove("tenant");
        }
    }

    /**
     * The request's own security context: the signed-in permissions plus what the
     * sources grant now, so a module switched on mid-session counts at once.
     * It is never saved to the session.
     */
    private SecurityContext withGrantedPermissions(Authentication authentication, AtriumPrincipal principal) {
        List<GrantedAuthority> authorities = new ArrayList<>(authentication.getAuthorities());
        permissionSources.forEach(source -> source.permissionsOf(principal)
                .forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission))));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        return context;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, AtriumPrincipal principal)
            throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        if (request.getRequestURI().startsWith("/api/")) {
            problems.write(response, 403, "tenant-suspended", "Tenant suspended",
                    "This company's account is suspended. Please contact your Atrium provider.");
        } else {
            response.sendRedirect("/t/" + principal.tenantSlug() + "/login?suspended");
        }
    }
}
