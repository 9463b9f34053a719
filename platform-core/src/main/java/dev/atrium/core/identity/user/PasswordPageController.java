package dev.atrium.core.identity.user;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/t/{slug}/profile/password")
class PasswordPageController {

    private final UserService users;
    private final PasswordPolicy policy;

    PasswordPageController(UserService users, PasswordPolicy policy) {
        this.users = users;
        this.policy = policy;
    }

    @GetMapping
    String form() {
        return "identity/password";
    }

    /** A changed password signs the user out everywhere, here too: they sign in again with the new one. */
    @PostMapping
    String change(@AuthenticationPrincipal AtriumPrincipal me, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmation,
            HttpServletRequest request, Model model) {
        if (!newPassword.equals(confirmation)) {
            // Every error at once: what the rules find in the new password beside the mismatch.
            Map<String, String> errors = new LinkedHashMap<>(messages(policy.refusals("newPassword", newPassword,
                    me.email())));
            errors.put("confirmation", ProblemTexts.messageOf("{profile.passwordPage.mismatch}"));
            model.addAttribute("errors", errors);
            return "identity/password";
        }
        try {
            users.changeOwnPassword(me, currentPassword, newPassword);
        } catch (ProblemException refused) {
            model.addAttribute("errors", fieldErrors(refused));
            return "identity/password";
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/t/" + me.tenantSlug() + "/login?passwordChanged";
    }

    private static Map<String, String> fieldErrors(ProblemException refused) {
        if (refused.properties().get("errors") instanceof List<?> errors) {
            return messages(errors.stream().filter(FieldError.class::isInstance).map(FieldError.class::cast).toList());
        }
        return Map.of("currentPassword", ProblemTexts.detailOf(refused));
    }

    /** A password refused for several reasons names them all beside its field. */
    private static Map<String, String> messages(List<FieldError> errors) {
        return errors.stream().collect(Collectors.toMap(FieldError::field,
                error -> ProblemTexts.messageOf(error.message()), (first, second) -> first + "; " + second,
                LinkedHashMap::new));
    }
}
