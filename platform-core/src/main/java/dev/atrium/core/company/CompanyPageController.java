package dev.atrium.core.company;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.core.web.Forms;
import dev.atrium.core.web.MenuLink;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setup > Company: the settings form, which shows a refused field beside it with what was typed, and the logo
 * with its upload and removal.
 */
@Controller
@RequestMapping("/t/{slug}/setup/company")
@PreAuthorize(CompanyService.SETUP_COMPANY)
class CompanyPageController {

    @Bean
    static MenuLink setupCompanyMenu() {
        return new MenuLink("setup-company", "Company", "/setup/company", 905, CorePermissions.SETUP_COMPANY);
    }

    private final CompanyService company;

    CompanyPageController(CompanyService company) {
        this.company = company;
    }

    @GetMapping
    String show(Model model) {
        CompanySettings settings = company.get();
        model.addAttribute("form", new CompanyRequest(settings.name(), settings.legalName(), settings.address(),
                settings.country(), settings.taxId(), settings.defaultCurrency(), settings.locale(), settings.timeZone(),
                settings.fiscalYearMonth(), settings.fiscalYearDay()));
        return page(model, settings);
    }

    @PostMapping
    String change(@PathVariable String slug, @ModelAttribute("form") CompanyRequest form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                company.change(form);
                redirect.addFlashAttribute("notice", "company.saved");
                return "redirect:/t/" + slug + "/setup/company";
            } catch (ProblemException refusal) {
                if (!reject(refusal, errors)) {
                    throw refusal;
                }
            }
        }
        return page(model, company.get());
    }

    /** The first sign-in's questions: the same settings, saved or left for later, then home either way. */
    @GetMapping("/welcome")
    String welcome(Model model) {
        show(model);
        return "company/welcome";
    }

    @PostMapping("/welcome")
    String confirm(@PathVariable String slug, @ModelAttribute("form") CompanyRequest form, BindingResult errors,
            Model model) {
        try {
            company.change(form);
            return "redirect:/t/" + slug + "/";
        } catch (ProblemException refusal) {
            if (!reject(refusal, errors)) {
                throw refusal;
            }
        }
        page(model, company.get());
        return "company/welcome";
    }

    @GetMapping("/logo")
    ResponseEntity<byte[]> logo() {
        return LogoResponses.of(company.png());
    }

    @PostMapping("/logo")
    String replaceLogo(@PathVariable String slug, @RequestParam(required = false) MultipartFile logo,
            RedirectAttributes redirect) {
        try {
            company.replaceLogo(logo == null ? new byte[0] : logo.getBytes());
            redirect.addFlashAttribute("notice", "company.logo.saved");
        } catch (ProblemException refusal) {
            redirect.addFlashAttribute("logoRefusal", "company.logo.refused." + refusal.properties().get("reason"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/t/" + slug + "/setup/company";
    }

    @PostMapping("/logo/remove")
    String removeLogo(@PathVariable String slug, RedirectAttributes redirect) {
        if (company.get().hasLogo()) {
            company.removeLogo();
        }
        redirect.addFlashAttribute("notice", "company.logo.removed");
        return "redirect:/t/" + slug + "/setup/company";
    }

    private String page(Model model, CompanySettings settings) {
        model.addAttribute("settings", settings);
        model.addAttribute("currencies", Forms.currencies(LocaleContextHolder.getLocale()));
        model.addAttribute("countries", Forms.countries(LocaleContextHolder.getLocale()));
        return "company/setup";
    }

    /** Puts a refusal's field errors beside their fields; false when it names none (a 404, say). */
    @SuppressWarnings("unchecked")
    static boolean reject(ProblemException refusal, BindingResult errors) {
        if (!(refusal.properties().get("errors") instanceof List<?> list) || list.isEmpty()) {
            return false;
        }
        for (FieldError error : (List<FieldError>) list) {
            errors.rejectValue(error.field(), "company.error." + error.field(),
                    ProblemTexts.messageOf(error.message()));
        }
        return true;
    }
}
