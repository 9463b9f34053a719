package dev.atrium.core.tax;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.core.web.MenuLink;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Setup > Taxes: the tenant's rates with how many records carry each, a form to add one, and per rate a form to
 * rename it or change its rate, and buttons to make it the default, deactivate or reactivate it, and delete it
 * while nothing refers to it. A refused change comes back as a message on the page naming the field, with what was
 * typed kept.
 */
@Controller
@RequestMapping("/t/{slug}/setup/taxes")
@PreAuthorize(TaxRates.SETUP_TAXES)
class TaxRatePageController {

    @Bean
    static MenuLink setupTaxesMenu() {
        return new MenuLink("setup-taxes", "Taxes", "/setup/taxes", 922, CorePermissions.SETUP_TAXES);
    }

    private final TaxRates taxRates;
    private final MessageSource messages;

    TaxRatePageController(TaxRates taxRates, MessageSource messages) {
        this.taxRates = taxRates;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rates", taxRates.list());
        return "tax/setup";
    }

    @PostMapping
    String create(@PathVariable String slug, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String rate, @RequestParam(defaultValue = "false") boolean isDefault,
            RedirectAttributes redirect) {
        try {
            TaxRateRow created = taxRates.create(new TaxRateRequest(name, typed(rate), isDefault, null, null));
            redirect.addFlashAttribute("notice", text("tax.created", created.name()));
        } catch (ProblemException refusal) {
            refused(redirect, refusal, "new", name, rate);
        }
        return back(slug);
    }

    /** Rename or change the rate; the default and active marks stay as they are. */
    @PostMapping("/{taxRateId}")
    String change(@PathVariable String slug, @PathVariable("taxRateId") long id,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String rate,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            TaxRateRow saved = taxRates.change(id, new TaxRateRequest(name, typed(rate), null, null, version));
            redirect.addFlashAttribute("notice", text("tax.saved", saved.name()));
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            refused(redirect, refusal, String.valueOf(id), name, rate);
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("refusal", text("tax.stale"));
            redirect.addFlashAttribute("refused", String.valueOf(id));
        }
        return back(slug);
    }

    @PostMapping("/{taxRateId}/default")
    String makeDefault(@PathVariable String slug, @PathVariable("taxRateId") long id, RedirectAttributes redirect) {
        return mark(slug, id, true, null, "tax.madeDefault", redirect);
    }

    @PostMapping("/{taxRateId}/deactivate")
    String deactivate(@PathVariable String slug, @PathVariable("taxRateId") long id, RedirectAttributes redirect) {
        return mark(slug, id, null, false, "tax.deactivated", redirect);
    }

    @PostMapping("/{taxRateId}/reactivate")
    String reactivate(@PathVariable String slug, @PathVariable("taxRateId") long id, RedirectAttributes redirect) {
        return mark(slug, id, null, true, "tax.reactivated", redirect);
    }

    @PostMapping("/{taxRateId}/delete")
    String delete(@PathVariable String slug, @PathVariable("taxRateId") long id, RedirectAttributes redirect) {
        TaxRateRow rate = taxRates.get(id);
        try {
            taxRates.delete(id);
            redirect.addFlashAttribute("notice", text("tax.deleted", rate.name()));
        } catch (ProblemException refusal) {
            redirect.addFlashAttribute("refusal", ProblemTexts.detailOf(refusal));
            redirect.addFlashAttribute("refused", String.valueOf(id));
        }
        return back(slug);
    }

    /** The buttons change one mark of the rate as it is now: no version, nothing typed to lose. */
    private String mark(String slug, long id, Boolean isDefault, Boolean active, String notice,
            RedirectAttributes redirect) {
        TaxRateRow rate = taxRates.get(id);
        try {
            taxRates.change(id, new TaxRateRequest(rate.name(), rate.rate(), isDefault, active, rate.version()));
            redirect.addFlashAttribute("notice", text(notice, rate.name()));
        } catch (ProblemException refusal) {
            redirect.addFlashAttribute("refusal", ProblemTexts.detailOf(refusal));
            redirect.addFlashAttribute("refused", String.valueOf(id));
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("refusal", text("tax.stale"));
            redirect.addFlashAttribute("refused", String.valueOf(id));
        }
        return back(slug);
    }

    /** What the rate field holds, with a decimal comma as French users type it; a 400 naming it when no number. */
    static BigDecimal typed(String rate) {
        String plain = rate.strip().replace(',', '.');
        if (plain.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException notANumber) {
            throw ProblemException.invalidField("rate", "{tax.problem.rate-missing}");
        }
    }

    private void refused(RedirectAttributes redirect, ProblemException refusal, String which, String name,
            String rate) {
        redirect.addFlashAttribute("refusal", describe(refusal));
        redirect.addFlashAttribute("refused", which);
        redirect.addFlashAttribute("typed", Map.of("name", name, "rate", rate));
    }

    private String describe(ProblemException refusal) {
        List<FieldError> errors = fields(refusal);
        if (errors.isEmpty()) {
            return ProblemTexts.detailOf(refusal);
        }
        return String.join(" ", errors.stream()
                .map(error -> text("tax.field." + error.field()) + " " + ProblemTexts.messageOf(error.message()) + ".")
                .toList());
    }

    @SuppressWarnings("unchecked")
    private static List<FieldError> fields(ProblemException refusal) {
        return refusal.properties().get("errors") instanceof List<?> list ? (List<FieldError>) list : List.of();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String back(String slug) {
        return "redirect:/t/" + slug + "/setup/taxes";
    }
}
