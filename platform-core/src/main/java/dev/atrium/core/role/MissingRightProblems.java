package dev.atrium.core.role;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.RightRefusals;
import dev.atrium.core.principal.RightRefusals.MissingRight;
import dev.atrium.core.problem.Problems;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A signed-in user refused on the API: a 403 problem naming the right they lack, and the roles and people of their
 * company who can grant it. Ordered before the general API advice, which answers every other error.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MissingRightProblems {

    private final RightRefusals refusals;
    private final MessageSource messages;

    MissingRightProblems(RightRefusals refusals, MessageSource messages) {
        this.refusals = refusals;
        this.messages = messages;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) throws AccessDeniedException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AtriumPrincipal user)) {
            throw e;
        }
        MissingRight missing = refusals.explain(user, RightRefusals.missing(e, user));
        ProblemDetail problem = Problems.of(403, "missing-right",
                messages.getMessage("roles.refusal.title", null, LocaleContextHolder.getLocale()), missing.detail());
        if (missing.right() != null) {
            problem.setProperty("right", missing.right());
            problem.setProperty("rightName", missing.rightName());
        }
        problem.setProperty("grantedBy", Map.of("roles", missing.grantingRoles(), "users", missing.grantingUsers()));
        return ResponseEntity.status(403).body(problem);
    }
}
