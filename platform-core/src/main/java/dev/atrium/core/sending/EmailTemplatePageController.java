package dev.atrium.core.sending;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.core.web.MenuLink;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setup → Email templates: every kind of document with the subject it is sent with, and per kind a form to
 * rewrite the subject and message, beside the placeholders it may use, or to go back to the shipped one.
 */
@Controller
@RequestMapping("/t/{slug}/setup/email-templates")
@PreAuthorize(EmailTemplates.SETUP_COMPANY)
class EmailTemplatePageController {

    @Bean
    static MenuLink setupEmailTemplatesMenu() {
        return new MenuLink("setup-email-templates", "Email templates", "/setup/email-templates", 907,
                CorePermissions.SETUP_COMPANY);
    }

    private final EmailTemplates templates;

    EmailTemplatePageController(EmailTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.list());
        return "sending/templates";
    }

    @GetMapping("/{kind}")
    String edit(@PathVariable String kind, Model model) {
        EmailTemplateView template = templates.of(kind);
        model.addAttribute("template", template);
        model.addAttribute("typed", Map.of("subject", template.subject(), "body", template.body()));
        return "sending/template";
    }

    @PostMapping("/{kind}")
    String save(@PathVariable String slug, @PathVariable String kind, @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String body, @RequestParam(required = false) Long version, Model model,
            RedirectAttributes redirect) {
        try {
            templates.save(kind, subject, body, version);
            redirect.addFlashAttribute("notice", "sending.template.saved");
            return "redirect:/t/" + slug + "/setup/email-templates/" + kind;
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            Map<String, String> invalid = fields(refusal);
            model.addAttribute("invalid", invalid);
            if (invalid.isEmpty()) {
                model.addAttribute("refusal", ProblemTexts.detailOf(refusal));
            }
        } catch (OptimisticLockingFailureException stale) {
            model.addAttribute("refusal", ProblemTexts.messageOf("{common.stale}"));
        }
        model.addAttribute("template", templates.of(kind));
        model.addAttribute("typed", Map.of("subject", subject, "body", body));
        return "sending/template";
    }

    @PostMapping("/{kind}/reset")
    String reset(@PathVariable String slug, @PathVariable String kind, RedirectAttributes redirect) {
        templates.resetKind(kind);
        redirect.addFlashAttribute("notice", "sending.template.reset");
        return "redirect:/t/" + slug + "/setup/email-templates/" + kind;
    }

    /** Each refused field with its message in the reader's language. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> fields(ProblemException refusal) {
        if (!(refusal.properties().get("errors") instanceof List<?> list)) {
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : (List<FieldError>) list) {
            fields.merge(error.field(), ProblemTexts.messageOf(error.message()), (a, b) -> a + "; " + b);
        }
        return fields;
    }
}
