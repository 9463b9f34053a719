package dev.atrium.admin.tenants;

import dev.atrium.admin.operator.OperatorPrincipal;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.core.provisioning.TenantProvisioningService;
import dev.atrium.core.tenant.PurgedTenant;
import dev.atrium.core.tenant.TenantRetention;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.core.tenant.TenantStatus;
import dev.atrium.core.tenant.TenantSummary;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import java.util.List;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The operator console's tenant pages: list, create, suspend, resume, close and, after retention, purge.
 * Suspending and closing change nothing until the operator confirms on a page naming the tenant.
 */
@Controller
@RequestMapping("/admin/tenants")
class TenantPageController {

    private static final String LIST = "redirect:/admin/tenants";
    private static final String FORM = "admin/new-tenant";

    /** The form's fields in the order it shows them, with the bundle key of the name the error summary gives each. */
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("slug", "admin.field.slug");
        FIELDS.put("name", "admin.field.name");
        FIELDS.put("defaultCurrency", "admin.field.defaultCurrency");
        FIELDS.put("locale", "admin.field.locale");
        FIELDS.put("timeZone", "admin.field.timeZone");
        FIELDS.put("ownerName", "admin.field.ownerName");
        FIELDS.put("ownerEmail", "admin.field.ownerEmail");
        FIELDS.put("ownerPassword", "admin.field.ownerPassword");
    }

    private final TenantService tenants;
    private final TenantProvisioningService provisioning;
    private final TenantRetention retention;
    private final MessageSource messages;

    TenantPageController(TenantService tenants, TenantProvisioningService provisioning, TenantRetention retention,
            MessageSource messages) {
        this.tenants = tenants;
        this.provisioning = provisioning;
        this.retention = retention;
        this.messages = messages;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    @ModelAttribute("operator")
    OperatorPrincipal operator(@AuthenticationPrincipal OperatorPrincipal operator) {
        return operator;
    }

    @GetMapping
    String list(@RequestParam(required = false) TenantStatus status, Model model) {
        model.addAttribute("tenants", TenantView.list(tenants, status));
        model.addAttribute("status", status);
        model.addAttribute("retention", retention.period());
        return "admin/tenants";
    }

    @GetMapping("/new")
    String newTenant(Model model) {
        model.addAttribute("tenant", NewTenantRequest.blank());
        model.addAttribute("fields", FIELDS);
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("tenant") NewTenantRequest request, BindingResult form, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("fields", FIELDS);
        // Checked beside Bean Validation's rules, so a taken slug is reported with every other error at once.
        if (!form.hasFieldErrors("slug") && tenants.findBySlug(request.slug()).isPresent()) {
            form.rejectValue("slug", "tenant-slug-taken", "A tenant with this slug already exists.");
        }
        if (form.hasErrors()) {
            return FORM;
        }
        try {
            provisioning.provision(request.tenant(), request.ownerEmail(), request.ownerName(),
                    request.ownerPassword());
            redirect.addFlashAttribute("notice", text("admin.tenants.created.notice", request.slug()));
            return LIST;
        } catch (RuleViolationException refused) {
            // Another operator took the slug between the check above and the insert.
            switch (refused.type()) {
                case "tenant-slug-taken" -> form.rejectValue("slug", refused.type(), ProblemTexts.detailOf(refused));
                case "user-email-taken" -> form.rejectValue("ownerEmail", refused.type(), ProblemTexts.detailOf(refused));
                default -> form.reject(refused.type(), ProblemTexts.detailOf(refused));
            }
            return FORM;
        } catch (ProblemException refused) {
            List<String> messages = OwnerPasswordRefusal.messages(refused);
            if (messages.isEmpty()) {
                throw refused;
            }
            messages.forEach(message -> form.rejectValue("ownerPassword", "password", message));
            return FORM;
        }
    }

    @GetMapping("/{id}/suspend")
    String confirmSuspend(@PathVariable long id, Model model) {
        return confirm(id, "suspend", model);
    }

    @PostMapping("/{id}/suspend")
    String suspend(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        if (!confirmed) {
            return unconfirmed(id, "suspend", model);
        }
        return change(id, tenants::suspend, tenant -> text("admin.tenants.suspended.notice", tenant.slug()), redirect);
    }

    /** Resuming gives a tenant back what it had, so it asks for no confirmation. */
    @PostMapping("/{id}/resume")
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        return change(id, tenants::resume, tenant -> text("admin.tenants.resumed.notice", tenant.slug()), redirect);
    }

    @GetMapping("/{id}/close")
    String confirmClose(@PathVariable long id, Model model) {
        return confirm(id, "close", model);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        if (!confirmed) {
            return unconfirmed(id, "close", model);
        }
        return change(id, tenants::close, tenant -> text("admin.tenants.closed.notice", tenant.slug(),
                tenant.retainedUntil()), redirect);
    }

    /** Purging cannot be undone, so the operator first retypes the slug. */
    @GetMapping("/{id}/purge")
    String confirmPurge(@PathVariable long id, Model model) {
        model.addAttribute("tenant", TenantView.of(tenants.get(id)));
        return "admin/purge-tenant";
    }

    @PostMapping("/{id}/purge")
    String purge(@PathVariable long id, @RequestParam(defaultValue = "") String confirmation,
            @ModelAttribute("operator") OperatorPrincipal operator, Model model, RedirectAttributes redirect) {
        TenantSummary tenant = tenants.get(id);
        if (!tenant.slug().equals(confirmation.trim())) {
            model.addAttribute("mismatch", true);
            return confirmPurge(id, model);
        }
        try {
            PurgedTenant purged = tenants.purge(id, confirmation, operator.email());
            redirect.addFlashAttribute("notice", text("admin.tenants.purged.notice", purged.slug(),
                    purged.rowsDeleted()));
            return LIST;
        } catch (ProblemException refused) {
            model.addAttribute("refusal", ProblemTexts.detailOf(refused));
            return confirmPurge(id, model);
        }
    }

    private String confirm(long id, String action, Model model) {
        model.addAttribute("tenant", TenantView.of(tenants.get(id)));
        model.addAttribute("action", action);
        model.addAttribute("retention", retention.period());
        return "admin/confirm-tenant";
    }

    /** A post without the confirmation page's button (a replayed or forged form) shows that page again. */
    private String unconfirmed(long id, String action, Model model) {
        model.addAttribute("unconfirmed", true);
        return confirm(id, action, model);
    }

    /**
     * A refused change (the tenant was suspended or closed meanwhile, say by a second click) comes back to the
     * list as an alert rather than as an error page.
     */
    private String change(long id, LongFunction<TenantSummary> change, Function<TenantSummary, String> notice,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("notice", notice.apply(change.apply(id)));
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("refusal", ProblemTexts.detailOf(refused));
        }
        return LIST;
    }
}
