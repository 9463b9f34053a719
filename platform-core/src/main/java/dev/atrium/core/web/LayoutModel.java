package dev.atrium.core.web;

import dev.atrium.core.principal.AtriumPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds what every page's layout shows (who is signed in, the menu) to rendered
 * views only, so API calls never pay for building a menu.
 */
@Configuration(proxyBeanMethods = false)
class LayoutModel implements WebMvcConfigurer, HandlerInterceptor {

    private final Menu menu;

    LayoutModel(Menu menu) {
        this.menu = menu;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AtriumPrincipal me) {
            view.addObject("me", me);
            view.addObject("menu", menu.view(me, pathBelowTenant(request, me)));
        }
        view.addObject("listLinks", new ListLinks(request));
    }

    /** The page's path below {@code /t/{slug}}, which is what menu entries name. */
    static String pathBelowTenant(HttpServletRequest request, AtriumPrincipal me) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String root = "/t/" + me.tenantSlug();
        return path.startsWith(root + "/") ? path.substring(root.length()) : path.equals(root) ? "/" : path;
    }
}
