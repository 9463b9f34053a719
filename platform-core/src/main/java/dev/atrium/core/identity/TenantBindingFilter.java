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
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the signed-in principal's tenant for the rest of the request, and puts
 * it on every log line. A session outliving its tenant's suspension ends here.
 */
class TenantBindingFilter extends OncePerRequestFilter {

    private final TenantService tenants;
    private final ProblemResponses problems;

    TenantBindingFilter(TenantService tenants, ProblemResponses problems) {
        this.tenants = tenants;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AtriumPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        boolean active = tenants.findById(principal.tenantId()).map(t -> t.active()).orElse(false);
        if (!active) {
            refuse(request, response, principal);
            return;
        }
        MDC.put("tenant", principal.tenantSlug());
        try (var scope = TenantContext.enter(principal.tenantId())) {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("tenant");
        }
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
