package dev.atrium.core.module;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.web.MenuLink;
import dev.atrium.core.web.NavigationContributor;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page of a module the tenant has not activated: a friendly 404 that says
 * which module it is, with a way to activate it for those who may. API calls
 * never get here: the API advice, ordered first, answers them with problem+json.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ModuleNotActivePage {

    private final List<NavigationContributor> navigation;

    ModuleNotActivePage(List<NavigationContributor> navigation) {
        this.navigation = navigation;
    }

    @ExceptionHandler(ModuleNotActiveException.class)
    ModelAndView notActive(ModuleNotActiveException e) {
        ModelAndView view = new ModelAndView("modules/not-active", HttpStatus.NOT_FOUND);
        view.addObject("moduleKey", e.moduleKey());
        view.addObject("moduleName", e.moduleName());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AtriumPrincipal me) {
            // The layout's model is added after a handler returns; a refusal comes before, so add it here.
            view.addObject("me", me);
            view.addObject("menu", navigation.stream().flatMap(contributor -> contributor.links(me).stream())
                    .sorted(Comparator.comparingInt(MenuLink::order).thenComparing(MenuLink::label)).toList());
            view.addObject("mayActivate", authentication.getAuthorities().stream()
                    .anyMatch(a -> CorePermissions.SETUP_MODULES.equals(a.getAuthority())));
        }
        return view;
    }
}
