package dev.atrium.core.problem;

import dev.atrium.plugin.problem.ProblemException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refusal on a page shows the friendly error page with the right status, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException e) {
        ModelAndView view = new ModelAndView("error", HttpStatusCode.valueOf(e.status()));
        view.addObject("status", e.status());
        view.addObject("detail", e.detail());
        return view;
    }
}
