package dev.atrium.core.company;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.CorePermissions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The first time in a session that someone who may set up the company opens its home while the company's
 * settings are unconfirmed, they land on the welcome page that asks for them. Asked once a session, so "later"
 * is never a trap: the next visit of home is home.
 */
@Configuration(proxyBeanMethods = false)
class FirstSignIn implements WebMvcConfigurer {

    static final String ASKED = FirstSignIn.class.getName() + ".asked";

    private final CompanyService company;

    FirstSignIn(CompanyService company) {
        this.company = company;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                return !welcomes(request, response);
            }
        }).addPathPatterns("/t/*", "/t/*/");
    }

    private boolean welcomes(HttpServletRequest request, HttpServletResponse response) throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!"GET".equals(request.getMethod()) || authentication == null
                || !(authentication.getPrincipal() instanceof AtriumPrincipal user)
                || !user.hasPermission(CorePermissions.SETUP_COMPANY)) {
            return false;
        }
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(ASKED) != null) {
            return false;
        }
        session.setAttribute(ASKED, Boolean.TRUE);
        if (!company.awaitsConfirmation()) {
            return false;
        }
        response.sendRedirect(request.getContextPath() + "/t/" + user.tenantSlug() + "/setup/company/welcome");
        return true;
    }
}
