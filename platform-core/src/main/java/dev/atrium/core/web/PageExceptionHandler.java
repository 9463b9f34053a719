package dev.atrium.core.web;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.principal.RightRefusals;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.plugin.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one advice of the pages: a refusal is a page with the right status and
 * the menu, never a stack trace. A page of a module the company has not
 * activated says which module it is, with a way to activate it for those who
 * may; a missing right names the right and who can grant it; anything else is the error page. API calls never get here: the API
 * advice, ordered first, answers them with problem+json.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final String MODULE_NOT_ACTIVE = "module-not-active";

    private final Menu menu;
    private final RightRefusals refusals;
    private final ProblemTexts problemTexts;

    PageExceptionHandler(Menu menu, RightRefusals refusals, ProblemTexts problemTexts) {
        this.menu = menu;
        this.refusals = refusals;
        this.problemTexts = problemTexts;
    }

    /** A signed-in user refused a page: which right they lack, in words, and who in their company can grant it. */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView missingRight(AccessDeniedException e, HttpServletRequest request) throws AccessDeniedException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AtriumPrincipal me)) {
            throw e;
        }
        ModelAndView view = new ModelAndView("role/refused", HttpStatusCode.valueOf(403));
        view.addObject("missing", refusals.explain(me, RightRefusals.missing(e, me)));
        view.addObject("me", me);
        view.addObject("menu", menu.view(me, LayoutModel.pathBelowTenant(request, me)));
        return view;
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException e, HttpServletRequest request) {
        boolean moduleNotActive = MODULE_NOT_ACTIVE.equals(e.type());
        ModelAndView view = new ModelAndView(moduleNotActive ? "modules/not-active" : "error",
                HttpStatusCode.valueOf(e.status()));
        view.addObject("status", e.status());
        view.addObject("detail", ProblemTexts.detailOf(e));
        if (moduleNotActive) {
            view.addObject("moduleKey", e.properties().get("module"));
            view.addObject("moduleName", problemTexts.moduleName(String.valueOf(e.properties().get("module")),
                    String.valueOf(e.properties().get("moduleName"))));
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AtriumPrincipal me) {
            // The layout's model is added after a handler returns; a refusal comes before, so add it here.
            view.addObject("me", me);
            view.addObject("menu", menu.view(me, LayoutModel.pathBelowTenant(request, me)));
            view.addObject("mayActivate", authentication.getAuthorities().stream()
                    .anyMatch(a -> CorePermissions.SETUP_MODULES.equals(a.getAuthority())));
        }
        return view;
    }
}
