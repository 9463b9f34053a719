package dev.atrium.core.identity.security;

import dev.atrium.core.identity.throttle.LockedOut;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.core.tenant.TenantSummary;
import dev.atrium.plugin.problem.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finds the tenant before anyone signs in: by host ({@code acme.localhost}),
 * by path ({@code /t/acme/login}), or by asking for the company's address.
 */
@Controller
class SignInPageController {

    private final TenantService tenants;
    private final MessageSource messages;

    SignInPageController(TenantService tenants, MessageSource messages) {
        this.tenants = tenants;
        this.messages = messages;
    }

    @GetMapping("/")
    String start(HttpServletRequest request) {
        return tenantOfHost(request.getServerName())
                .map(tenant -> "redirect:/t/" + tenant.slug() + "/login")
                .orElse("redirect:/login");
    }

    @GetMapping("/login")
    String chooseCompany(HttpServletRequest request) {
        return tenantOfHost(request.getServerName())
                .map(tenant -> "redirect:/t/" + tenant.slug() + "/login")
                .orElse("identity/choose-company");
    }

    @PostMapping("/login")
    String companyChosen(@RequestParam(defaultValue = "") String company, Model model) {
        String slug = company.trim().toLowerCase(Locale.ROOT);
        if (tenants.findBySlug(slug).isPresent()) {
            return "redirect:/t/" + slug + "/login";
        }
        model.addAttribute("unknown", true);
        return "identity/choose-company";
    }

    @GetMapping("/t/{slug}/login")
    String login(@PathVariable String slug, @RequestParam(required = false) String locked, Model model,
            Locale reader) {
        TenantSummary tenant = tenants.findBySlug(slug).orElseThrow(() -> new NotFoundException("Company", slug));
        model.addAttribute("tenant", tenant);
        LockedOut.minutes(locked).ifPresent(minutes -> model.addAttribute("lockedOut",
                messages.getMessage("signin.lockedOut", new Object[] {minutes}, reader)));
        return "identity/login";
    }

    /** {@code acme.localhost} or {@code acme.atrium.example.com}: the first label names the tenant. */
    private java.util.Optional<TenantSummary> tenantOfHost(String host) {
        int dot = host.indexOf('.');
        if (dot <= 0 || host.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return java.util.Optional.empty();
        }
        return tenants.findBySlug(host.substring(0, dot).toLowerCase(Locale.ROOT));
    }
}
