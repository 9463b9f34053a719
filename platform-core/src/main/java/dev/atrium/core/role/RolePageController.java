package dev.atrium.core.role;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.web.MenuLink;
import dev.atrium.plugin.problem.ProblemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Setup → Roles: the company's roles, a new one, and each role's name and rights ticked by feature. */
@Controller
@RequestMapping("/t/{slug}/setup/roles")
@PreAuthorize(RolePageController.SETUP_ROLES)
class RolePageController {

    static final String SETUP_ROLES = "hasAuthority('" + CorePermissions.SETUP_ROLES + "')";

    private final RoleService roles;
    private final RightCatalog catalog;
    private final Validator validator;
    private final MessageSource messages;

    RolePageController(RoleService roles, RightCatalog catalog, Validator validator, MessageSource messages) {
        this.roles = roles;
        this.catalog = catalog;
        this.validator = validator;
        this.messages = messages;
    }

    @Bean
    static MenuLink setupRolesMenu() {
        return new MenuLink("setup-roles", "Roles", "/setup/roles", 912, CorePermissions.SETUP_ROLES);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("roles", roles.list());
        model.addAttribute("groups", catalog.groups(LocaleContextHolder.getLocale()));
        if (!model.containsAttribute("held")) {
            model.addAttribute("held", Set.of(CorePermissions.THIRD_PARTY_READ));
        }
        model.addAttribute("kept", Set.of());
        return "role/list";
    }

    @PostMapping
    String create(@PathVariable String slug, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) Set<String> rights, Model model, RedirectAttributes redirect) {
        RoleRequest request = new RoleRequest(name, rights == null ? Set.of() : new LinkedHashSet<>(rights));
        String refusal = refusalOf(request);
        if (refusal == null) {
            try {
                RoleView created = roles.create(request);
                redirect.addFlashAttribute("notice", text("roles.page.created", created.name()));
                return "redirect:/t/" + slug + "/setup/roles/" + created.key();
            } catch (ProblemException refused) {
                refusal = refused.detail();
            }
        }
        model.addAttribute("refusal", refusal);
        model.addAttribute("name", request.name());
        model.addAttribute("held", request.rights());
        return list(model);
    }

    @GetMapping("/{role}")
    String edit(@PathVariable("role") String key, Model model) {
        RoleView role = roles.get(key);
        model.addAttribute("role", role);
        model.addAttribute("groups", catalog.groups(LocaleContextHolder.getLocale()));
        if (!model.containsAttribute("held")) {
            model.addAttribute("held", Set.copyOf(role.rights()));
        }
        if (!model.containsAttribute("name")) {
            model.addAttribute("name", role.name());
        }
        model.addAttribute("kept", "OWNER".equals(key) ? CorePermissions.OWNER_KEEPS : Set.of());
        return "role/edit";
    }

    @PostMapping("/{role}")
    String change(@PathVariable String slug, @PathVariable("role") String key, @AuthenticationPrincipal AtriumPrincipal me,
            @RequestParam(defaultValue = "") String name, @RequestParam(required = false) Set<String> rights,
            Model model, RedirectAttributes redirect) {
        RoleRequest request = new RoleRequest(name, rights == null ? Set.of() : new LinkedHashSet<>(rights));
        String refusal = refusalOf(request);
        if (refusal == null) {
            try {
                RoleView changed = roles.change(me, key, request);
                redirect.addFlashAttribute("notice", text("roles.page.saved", changed.name()));
                return "redirect:/t/" + slug + "/setup/roles/" + key;
            } catch (ProblemException refused) {
                if (refused.status() == 404) {
                    throw refused;
                }
                refusal = refused.detail();
            }
        }
        model.addAttribute("refusal", refusal);
        model.addAttribute("name", request.name());
        model.addAttribute("held", request.rights());
        return edit(key, model);
    }

    /** Deleting asks first, and says why it cannot be done when it cannot. */
    @GetMapping("/{role}/delete")
    String confirmDelete(@PathVariable("role") String key, Model model) {
        model.addAttribute("role", roles.get(key));
        return "role/delete";
    }

    @PostMapping("/{role}/delete")
    String delete(@PathVariable String slug, @PathVariable("role") String key, Model model, RedirectAttributes redirect) {
        RoleView role = roles.get(key);
        try {
            roles.delete(key);
        } catch (ProblemException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            model.addAttribute("role", role);
            model.addAttribute("refusal", refused.detail());
            return "role/delete";
        }
        redirect.addFlashAttribute("notice", text("roles.page.deleted", role.name()));
        return "redirect:/t/" + slug + "/setup/roles";
    }

    /** The request's field errors as one sentence, or null when it is valid. */
    private String refusalOf(RoleRequest request) {
        Set<ConstraintViolation<RoleRequest>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            return null;
        }
        List<String> problems = violations.stream().map(violation -> text("roles.field."
                + violation.getPropertyPath().toString().replaceAll("[^a-z].*", "")) + " " + violation.getMessage())
                .sorted().toList();
        return String.join("; ", problems) + ".";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
