package dev.atrium.core.module;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.plugin.problem.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setup > Modules: every installed module with its state, switched on and off
 * in place (htmx boosts the forms; without JavaScript they post and redirect).
 */
@Controller
class ModulePageController {

    private final ModuleActivationService activations;

    ModulePageController(ModuleActivationService activations) {
        this.activations = activations;
    }

    @GetMapping("/t/{slug}/setup/modules")
    String list(@PathVariable String slug, Authentication authentication, Model model) {
        model.addAttribute("modules", activations.overview().stream().map(ModuleView::of).toList());
        model.addAttribute("mayChange", authentication.getAuthorities().stream()
                .anyMatch(a -> CorePermissions.SETUP_MODULES.equals(a.getAuthority())));
        model.addAttribute("history", activations.history());
        return "modules/setup";
    }

    @PostMapping("/t/{slug}/setup/modules/{key}/activation")
    @PreAuthorize("hasAuthority('setup:modules')")
    String activate(@PathVariable String slug, @PathVariable String key,
            @RequestParam(defaultValue = "false") boolean withRequirements, @AuthenticationPrincipal AtriumPrincipal me,
            RedirectAttributes redirect) {
        try {
            ModuleView module = ModuleView.of(withRequirements
                    ? activations.activateWithRequirements(key, ModuleActor.of(me))
                    : activations.activate(key, ModuleActor.of(me)));
            redirect.addFlashAttribute("notice", module.name() + " is active.");
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("refusal", refused.detail());
            redirect.addFlashAttribute("refusedModule", key);
            redirect.addFlashAttribute("offerRequirements", "module-dependency-missing".equals(refused.type()));
        }
        return "redirect:/t/" + me.tenantSlug() + "/setup/modules";
    }

    @PostMapping("/t/{slug}/setup/modules/{key}/deactivation")
    @PreAuthorize("hasAuthority('setup:modules')")
    String deactivate(@PathVariable String slug, @PathVariable String key, @AuthenticationPrincipal AtriumPrincipal me,
            RedirectAttributes redirect) {
        try {
            ModuleView module = ModuleView.of(activations.deactivate(key, ModuleActor.of(me)));
            redirect.addFlashAttribute("notice", module.name() + " is deactivated. Its data is kept.");
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("refusal", refused.detail());
            redirect.addFlashAttribute("refusedModule", key);
        }
        return "redirect:/t/" + me.tenantSlug() + "/setup/modules";
    }
}
