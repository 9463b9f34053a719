package dev.atrium.core.identity.user;

import dev.atrium.core.identity.throttle.TooManyAttemptsException;
import dev.atrium.core.identity.user.PasswordLinks.Purpose;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.core.tenant.TenantSummary;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages reached before signing in: "Forgot password?" and the page a password link opens, where an invited
 * colleague chooses their password and someone who forgot theirs chooses a new one. A link that does not work
 * (unknown, used, expired, of another company) answers 404 with a page offering to ask for a new one.
 */
@Controller
@RequestMapping("/t/{slug}/password")
class PasswordLinkPageController {

    /** Enough for any address we store; what is longer is no account and gets the same answer. */
    private static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final TenantService tenants;
    private final UserService users;
    private final PasswordResetRequests resets;

    PasswordLinkPageController(TenantService tenants, UserService users, PasswordResetRequests resets) {
        this.tenants = tenants;
        this.users = users;
        this.resets = resets;
    }

    @GetMapping("/forgot")
    String forgotForm(@PathVariable String slug, Model model) {
        model.addAttribute("tenant", tenant(slug));
        return "identity/forgot-password";
    }

    /** Answers the same for every well-formed address: the page never says whether it has an account. */
    @PostMapping("/forgot")
    String forgot(@PathVariable String slug, @RequestParam(defaultValue = "") String email,
            HttpServletRequest request, Model model) {
        TenantSummary tenant = tenant(slug);
        model.addAttribute("tenant", tenant);
        String address = email.trim();
        if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
            model.addAttribute("email", address.length() > MAX_EMAIL ? "" : address);
            model.addAttribute("emailError", "password.forgot.emailInvalid");
            return "identity/forgot-password";
        }
        try {
            resets.request(tenant.id(), tenant.slug(), address, request.getRemoteAddr());
        } catch (TooManyAttemptsException e) {
            model.addAttribute("lockedMinutes", e.minutes());
            return "identity/forgot-password";
        }
        return "redirect:/t/" + tenant.slug() + "/password/forgot?sent";
    }

    @GetMapping("/{secret}")
    String open(@PathVariable String slug, @PathVariable String secret, Model model, HttpServletResponse response) {
        return linkPage(slug, secret, model).isPresent() ? "identity/password-link" : unusable(response);
    }

    @PostMapping("/{secret}")
    String choose(@PathVariable String slug, @PathVariable String secret,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
            Model model, HttpServletResponse response) {
        Optional<TenantSummary> tenant = linkPage(slug, secret, model);
        if (tenant.isEmpty()) {
            return unusable(response);
        }
        if (!password.equals(confirmation)) {
            // Every fault at once: what the rules find in the password beside the mismatch.
            List<FieldError> refusals = users.passwordRefusals(tenant.get().id(), secret, password);
            if (!refusals.isEmpty()) {
                model.addAttribute("passwordErrors", messages(refusals));
            }
            model.addAttribute("confirmationError", true);
            return "identity/password-link";
        }
        try {
            if (users.choosePassword(tenant.get().id(), secret, password).isEmpty()) {
                return unusable(response);
            }
        } catch (ProblemException refused) {
            model.addAttribute("passwordErrors", messages(refused));
            return "identity/password-link";
        }
        return "redirect:/t/" + tenant.get().slug() + "/login?passwordSet";
    }

    /** Fills the model of a link's page; the company when the link works, empty when it does not. */
    private Optional<TenantSummary> linkPage(String slug, String secret, Model model) {
        TenantSummary tenant = tenant(slug);
        model.addAttribute("tenant", tenant);
        Optional<Purpose> purpose = users.openLink(tenant.id(), secret);
        purpose.ifPresent(found -> {
            model.addAttribute("purpose", found);
            model.addAttribute("secret", secret);
        });
        return purpose.map(found -> tenant);
    }

    private static String unusable(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "identity/password-link-unusable";
    }

    private TenantSummary tenant(String slug) {
        return tenants.findBySlug(slug).orElseThrow(() -> new NotFoundException("Company", slug));
    }

    static List<String> messages(ProblemException refused) {
        if (refused.properties().get("errors") instanceof List<?> errors) {
            return messages(errors.stream().filter(FieldError.class::isInstance).map(FieldError.class::cast).toList());
        }
        return List.of(ProblemTexts.detailOf(refused));
    }

    private static List<String> messages(List<FieldError> errors) {
        return errors.stream().map(error -> ProblemTexts.messageOf(error.message())).toList();
    }
}
