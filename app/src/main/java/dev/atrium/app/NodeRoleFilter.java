package dev.atrium.app;

import dev.atrium.core.problem.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers only the traffic this node's roles serve: an admin-only pod does not
 * serve tenants, a web pod does not serve the operator console. Health and
 * metrics are served by every node.
 */
class NodeRoleFilter extends OncePerRequestFilter {

    private final Set<NodeRole> roles;
    private final ProblemResponses problems;

    NodeRoleFilter(Set<NodeRole> roles, ProblemResponses problems) {
        this.roles = roles;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        NodeRole needed = path.startsWith("/actuator") ? null : path.startsWith("/admin") ? NodeRole.ADMIN : NodeRole.WEB;
        if (needed == null || roles.contains(needed)) {
            chain.doFilter(request, response);
            return;
        }
        problems.write(response, 404, "not-served-here", "Not served by this node",
                "This node runs the roles " + roles + "; " + needed.name().toLowerCase() + " requests go elsewhere.");
    }
}
