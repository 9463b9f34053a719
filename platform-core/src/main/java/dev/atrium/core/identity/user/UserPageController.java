package dev.atrium.core.identity.user;

import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.principal.Role;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.core.role.RoleOption;
import dev.atrium.core.role.RoleService;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.validation.Valid;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final MessageSource messages;

    UserPageController(UserService users, PasswordPolicy passwords, RoleService roles, MessageSource messages) {
        this.users = users;
        this.passwords = passwords;
        this.roles = roles;
        this.messages = messages;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
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
            redirect.addFlashAttribute("notice", text("users.notice.invited", invited.email()));
            return backToList(slug);
        } catch (ProblemException refused) {
            model.addAttribute("refusal", ProblemTexts.detailOf(refused));
            return list(me, model);
        }
    }

    @PostMapping("/{id}/invitation")
    String resendInvitation(@PathVariable String slug, @PathVariable long id,
            @AuthenticationPrincipal AtriumPrincipal me, RedirectAttributes redirect) {
        return change(slug, redirect, () -> text("users.notice.reinvited", users.resendInvitation(me, id).email()));
    }

    @PostMapping
    String add(@PathVariable String slug, @AuthenticationPrincipal AtriumPrincipal me,
            @Valid @ModelAttribute("newUser") NewUserRequest form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            // Every field's errors at once: the password's too, though Bean Validation does not know its rules.
            if (!errors.hasFieldErrors("password")) {
                passwords.refusals("password", form.password(), form.email())
                        .forEach(error -> errors.rejectValue("password", "password", ProblemTexts.messageOf(error.message())));
            }
            return list(me, model);
        }
        try {
            UserSummary added = users.add(me, form.toNewUser());
            redirect.addFlashAttribute("notice", text("users.notice.added", added.email()));
            return backToList(slug);
        } catch (RuleViolationException refused) {
            model.addAttribute("refusal", ProblemTexts.detailOf(refused));
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
        return change(slug, redirect, () -> text("users.notice.role", users.changeRole(me, id, role).email(),
                roles.options().stream().filter(option -> option.key().equals(role)).map(RoleOption::name)
                        .findFirst().orElse(role)));
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AtriumPrincipal me,
            RedirectAttributes redirect) {
        return change(slug, redirect, () -> text("users.notice.disabled", users.disable(me, id).email()));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AtriumPrincipal me,
            RedirectAttributes redirect) {
        return change(slug, redirect, () -> text("users.notice.enabled", users.enable(me, id).email()));
    }

    @PostMapping("/{id}/password")
    String setPassword(@PathVariable String slug, @PathVariable long id,
            @RequestParam(defaultValue = "") String password, @AuthenticationPrincipal AtriumPrincipal me,
            RedirectAttributes redirect) {
        try {
            return change(slug, redirect, () -> {
                users.setPassword(me, id, password);
                return text("users.notice.password");
            });
        } catch (ProblemException invalid) {
            if (invalid.status() != 400) {
                throw invalid;
            }
            redirect.addFlashAttribute("refusal", text("users.refusal.password",
                    String.join("; ", PasswordLinkPageController.messages(invalid))));
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
            redirect.addFlashAttribute("refusal", ProblemTexts.detailOf(refused));
        } catch (ProblemException refused) {
            if (refused.status() != 503) {
                throw refused;
            }
            redirect.addFlashAttribute("refusal", ProblemTexts.detailOf(refused));
        }
        return backToList(slug);
    }

    private static String backToList(String slug) {
        return "redirect:/t/" + slug + "/setup/users";
    }
}
