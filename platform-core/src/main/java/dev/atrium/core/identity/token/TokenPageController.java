package dev.atrium.core.identity.token;

import dev.atrium.core.principal.AtriumPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/t/{slug}/profile/tokens")
class TokenPageController {

    private final ApiTokenService tokens;

    TokenPageController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AtriumPrincipal me, Model model) {
        model.addAttribute("tokens", tokens.list(me));
        return "identity/tokens";
    }

    @PostMapping
    String issue(@AuthenticationPrincipal AtriumPrincipal me, @RequestParam(defaultValue = "") String name,
            Model model) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            model.addAttribute("nameError", "profile.tokens.nameError");
        } else {
            model.addAttribute("issued", tokens.issue(me, trimmed));
        }
        return list(me, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal AtriumPrincipal me, @PathVariable String slug, @PathVariable long id,
            RedirectAttributes redirect) {
        tokens.revoke(me, id);
        redirect.addFlashAttribute("notice", "profile.tokens.revokedNotice");
        return "redirect:/t/" + slug + "/profile/tokens";
    }
}
