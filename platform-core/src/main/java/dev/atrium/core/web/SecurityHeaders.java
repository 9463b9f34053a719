package dev.atrium.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-side walls on every answer, whichever filter chain (tenant,
 * operator, API, error page, static file) serves it: a Content-Security-Policy
 * that runs only our own script files, never inline script, eval or another
 * site's code, and may not be framed; and a referrer that never leaves the site.
 * Spring Security adds {@code nosniff}, {@code X-Frame-Options} and, over HTTPS
 * (as Tomcat sees it behind a trusted proxy), {@code Strict-Transport-Security}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeaders extends OncePerRequestFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * Swagger UI is React, which sets {@code style} attributes as it renders: the
     * same policy, with inline styles (never inline script) allowed on its pages only.
     */
    static final String SWAGGER_UI_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        boolean swaggerUi = path.startsWith("/swagger-ui/") || path.equals("/swagger-ui.html");
        response.setHeader("Content-Security-Policy", swaggerUi ? SWAGGER_UI_POLICY : POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
    }
}
