package dev.atrium.core.identity.user;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.principal.Role;
import dev.atrium.core.role.RoleOption;
import dev.atrium.core.role.RoleService;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.validation.Valid;
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
 * Setup > Users: the company's users with their role and state, a form to invite
 * one by email (when the deployment sends mail) or add one with a password, and
 * per user a role change, disabling or enabling, a new password, and a new
 * invitation for those who have not chosen their password yet.
 * A refusal comes back as a message on the page, never an error page.
 */
@Controller
@RequestMapping("/t/{slug}/setup/users")
@PreAuthorize(UserPageController.SETUP_USERS)
class UserPageController {

    static final String SETUP_USERS = "hasAuthority('" + CorePermissions.SETUP_USERS + "')";

    private final UserService users;
    private final PasswordPolicy passwords;
    private final RoleService roles;

    UserPageController(UserService users, PasswordPolicy passwords, RoleService roles) {
        this.users = users;
        this.passwords = passwords;
        this.roles = roles;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AtriumPrincipal me, Model model) {
        if (!model.containsAttribute("newUser")) {
            model.addAttribute("newUser", new NewUserRequest(null, null, Role.MEMBER.key(), null));
        }
        if (!model.containsAttribute("invitation")) {
            model.addAttribute("invitation", new NewInvitation(null, null, Role.MEMBER.key()));
        }
        model.addAttribute("users", users.list(me.tenantId()));
        model.addAttribute("invited", users.pendingInvitations(me.tenantId()));
        model.addAttribute("mailConfigured", users.invitationsPossible());
        model.addAttribute("roles", roles.options());
        return "identity/users";
    }

    /** Setup > Users "Invite": the colleague gets an email with a link to choose their password. */
    @PostMapping("/invitations")
    String invite(@PathVariable String slug, @AuthenticationPrincipal AtriumPrincipal me,
            @Valid @ModelAttribute("invitation") NewInvitation form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return list(me, model);
        }
        try {
            UserSummary invited = users.invite(me, form);
            redirect.addFlashAttribute("notice", "An invitation is on its way to " + invited.email()
                    + "; its link works for 72 hours.");
            return backToList(slug);
        } catch (ProblemException refused) {
            model.addAttribute("refusal", refused.detail());
            return list(me, model);
        }
    }

    @PostMapping("/{id}/invitation")
    String resendInvitation(@PathVariable String slug, @PathVariable long id,
            @AuthenticationPrincipal AtriumPrincipal me, RedirectAttributes redirect) {
        return change(slug, redirect, () -> "A new invitation is on its way to "
                + users.resendInvitation(me, id).email() + "; the previous link no longer works.");
    }

    @PostMapping
    String add(@PathVariable String slug, @AuthenticationPrincipal AtriumPrincipal me,
            @Valid @ModelAttribute("newUser") NewUserRequest form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            // Every field's errors at once: the password's too, though Bean Validation does not know its rules.
            if (!errors.hasFieldErrors("password")) {
                passwords.refusals("password", form.password(), form.email())
                        .forEach(error -> errors.rejectValue("password", "password", error.message()));
            }
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
            PasswordLinkPageController.messages(invalid)
                    .forEach(message -> errors.rejectValue("password", "password", message));
            return list(me, model);
        }
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable String slug, @PathVariable long id, @RequestParam String role,
            @AuthenticationPrincipal AtriumPrincipal me, RedirectAttributes redirect) {
        return change(slug, redirect, () -> users.changeRole(me, id, role).email() + " is now "
                + roles.options().stream().filter(option -> option.key().equals(role)).map(RoleOption::name)
                        .findFirst().orElse(role) + ".");
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
        try {
            return change(slug, redirect, () -> {
                users.setPassword(me, id, password);
                return "The new password is set.";
            });
        } catch (ProblemException invalid) {
            if (invalid.status() != 400) {
                throw invalid;
            }
            redirect.addFlashAttribute("refusal", "The new password "
                    + String.join("; ", PasswordLinkPageController.messages(invalid)) + ".");
            return backToList(slug);
        }
    }

    /**
     * Makes one change and says how it went; an unknown user stays a 404 page. A mail server that does not take
     * an email (503) is said on the page too: the change was not made.
     */
    private static String change(String slug, RedirectAttributes redirect, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("notice", change.get());
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("refusal", refused.detail());
        } catch (ProblemException refused) {
            if (refused.status() != 503) {
                throw refused;
            }
            redirect.addFlashAttribute("refusal", refused.detail());
        }
        return backToList(slug);
    }

    private static String backToList(String slug) {
        return "redirect:/t/" + slug + "/setup/users";
    }
}
