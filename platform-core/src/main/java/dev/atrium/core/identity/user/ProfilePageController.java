package dev.atrium.core.identity.user;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own page: their name and language, with the ways to their password and API tokens. */
@Controller
@RequestMapping("/t/{slug}/profile")
class ProfilePageController {

    private final UserService users;

    ProfilePageController(UserService users) {
        this.users = users;
    }

    @GetMapping
    String profile(@AuthenticationPrincipal AtriumPrincipal me, Model model) {
        Profile profile = users.profile(me);
        model.addAttribute("profile", profile);
        model.addAttribute("form", new ProfileChange(profile.displayName(), profile.language()));
        model.addAttribute("errors", Map.of());
        return "identity/profile";
    }

    /** Saved, then shown again in the language just chosen; a refusal keeps what was typed beside its reason. */
    @PostMapping
    String change(@AuthenticationPrincipal AtriumPrincipal me, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String language, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ProfileChange change = new ProfileChange(displayName, language);
        try {
            users.changeProfile(me, change);
        } catch (ProblemException refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (refused.properties().get("errors") instanceof List<?> fields) {
                fields.stream().map(FieldError.class::cast).forEach(e -> errors.put(e.field(), ProblemTexts.messageOf(e.message())));
            }
            response.setStatus(400);
            model.addAttribute("profile", users.profile(me));
            model.addAttribute("form", change);
            model.addAttribute("errors", errors);
            return "identity/profile";
        }
        redirect.addFlashAttribute("notice", "profile.saved");
        return "redirect:/t/" + me.tenantSlug() + "/profile";
    }
}
