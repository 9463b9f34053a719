package dev.atrium.admin.tenants;

import dev.atrium.admin.operator.OperatorPrincipal;
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

/** The operator console's tenant pages: list, create, suspend, resume, close and, after retention, purge. */
@Controller
@RequestMapping("/admin/tenants")
class TenantPageController {

    private static final String LIST = "redirect:/admin/tenants";

    private final TenantService tenants;
    private final TenantProvisioningService provisioning;
    private final TenantRetention retention;

    TenantPageController(TenantService tenants, TenantProvisioningService provisioning, TenantRetention retention) {
        this.tenants = tenants;
        this.provisioning = provisioning;
        this.retention = retention;
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
        return "admin/new-tenant";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("tenant") NewTenantRequest request, BindingResult form,
            RedirectAttributes redirect) {
        if (!form.hasErrors()) {
            try {
                provisioning.provision(request.tenant(), request.ownerEmail(), request.ownerName(),
                        request.ownerPassword());
                redirect.addFlashAttribute("notice", "Tenant " + request.slug() + " created.");
                return LIST;
            } catch (RuleViolationException refused) {
                form.rejectValue("slug", refused.type(), refused.detail());
            } catch (ProblemException refused) {
                List<String> messages = OwnerPasswordRefusal.messages(refused);
                if (messages.isEmpty()) {
                    throw refused;
                }
                messages.forEach(message -> form.rejectValue("ownerPassword", "password", message));
            }
        }
        return "admin/new-tenant";
    }

    @PostMapping("/{id}/suspend")
    String suspend(@PathVariable long id, RedirectAttributes redirect) {
        TenantSummary tenant = tenants.suspend(id);
        redirect.addFlashAttribute("notice", "Tenant " + tenant.slug() + " suspended.");
        return LIST;
    }

    @PostMapping("/{id}/resume")
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        TenantSummary tenant = tenants.resume(id);
        redirect.addFlashAttribute("notice", "Tenant " + tenant.slug() + " resumed.");
        return LIST;
    }

    @GetMapping("/{id}/close")
    String confirmClose(@PathVariable long id, Model model) {
        model.addAttribute("tenant", TenantView.of(tenants.get(id)));
        model.addAttribute("retention", retention.period());
        return "admin/close-tenant";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        TenantSummary tenant = tenants.close(id);
        redirect.addFlashAttribute("notice", "Tenant " + tenant.slug() + " closed; its data is kept until "
                + tenant.retainedUntil() + ".");
        return LIST;
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
            redirect.addFlashAttribute("notice", "Tenant " + purged.slug() + " purged: " + purged.rowsDeleted()
                    + " rows deleted.");
            return LIST;
        } catch (ProblemException refused) {
            model.addAttribute("refusal", refused.detail());
            return confirmPurge(id, model);
        }
    }
}
