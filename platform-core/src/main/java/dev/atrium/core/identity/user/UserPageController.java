package dev.atrium.core.identity.user;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.principal.Role;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.validation.Valid;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setup > Users: the company's users with their role and state, a form to add
 * one, and per user a role change, disabling or enabling, and a new password.
 * A refusal comes back as a message on the page, never an error page.
 */
@Controller
@RequestMapping("/t/{slug}/setup/users")
@PreAuthorize(UserPageController.SETUP_USERS)
class UserPageController {

    static final String SETUP_USERS = "hasAuthority('" + CorePermissions.SETUP_USERS + "')";

    private final UserService users;

    UserPageController(UserService users) {
        this.users = users;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AtriumPrincipal me, Model model) {
        if (!model.containsAttribute("newUser")) {
            model.addAttribute("newUser", new NewUserRequest(null, null, Role.MEMBER, null));
        }
        model.addAttribute("users", users.list(me.tenantId()));
        model.addAttribute("roles", List.of(Role.values()));
        return "identity/users";
    }

    @PostMapping
    String add(@PathVariable String slug, @AuthenticationPrincipal AtriumPrincipal me,
            @Valid @ModelAttribute("newUser") NewUserRequest form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return list(me, model);
        }
        try {
            UserSummary added = users.add(me, form.toNewUser());
            redirect.addFlashAttribute("notice", added.email() + " can now sign in.");
            return backToList(slug);
        } catch (RuleViolationException refused) {
            model.addAttribute("refusal", refused.detail());
            return list(me, model);
        } catch (ProblemException invalid) {
            errors.rejectValue("password", "password", PasswordPolicy.MESSAGE);
            return list(me, model);
        }
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable String slug, @PathVariable long id, @RequestParam Role role,
            @AuthenticationPrincipal AtriumPrincipal me, RedirectAttributes redirect) {
        return change(slug, redirect, () -> users.changeRole(me, id, role).email() + " is now "
                + role.name().toLowerCase(java.util.Locale.ROOT) + ".");
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AtriumPrincipal me,
            RedirectAttributes redirect) {
        return change(slug, redirect, () -> users.disable(me, id).email() + " is disabled and can no longer sign in.");
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AtriumPrincipal me,
            RedirectAttributes redirect) {
        return change(slug, redirect, () -> users.enable(me, id).email() + " can sign in again.");
    }

    @PostMapping("/{id}/password")
    String setPassword(@PathVariable String slug, @PathVariable long id,
            @RequestParam(defaultValue = "") String password, @AuthenticationPrincipal AtriumPrincipal me,
            RedirectAttributes redirect) {
        if (!PasswordPolicy.acceptable(password)) {
            redirect.addFlashAttribute("refusal", "The new password " + PasswordPolicy.MESSAGE + ".");
            return backToList(slug);
        }
        return change(slug, redirect, () -> {
            users.setPassword(me, id, password);
            return "The new password is set.";
        });
    }

    /** Makes one change and says how it went; an unknown user stays a 404 page. */
    private static String change(String slug, RedirectAttributes redirect, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("notice", change.get());
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("refusal", refused.detail());
        }
        return backToList(slug);
    }

    private static String backToList(String slug) {
        return "redirect:/t/" + slug + "/setup/users";
    }
}
