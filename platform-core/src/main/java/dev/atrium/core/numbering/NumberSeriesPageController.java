package dev.atrium.core.numbering;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.web.MenuLink;
import dev.atrium.plugin.numbering.NumberReset;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Setup > Numbering: each series with its pattern, reset and next number, and
 * a form per series to change them. A refused change comes back as a message
 * on the page, naming the field.
 */
@Controller
@RequestMapping("/t/{slug}/setup/numbering")
@PreAuthorize(NumberSeriesService.SETUP_NUMBERING)
class NumberSeriesPageController {

    @Bean
    static MenuLink setupNumberingMenu() {
        return new MenuLink("setup-numbering", "Numbering", "/setup/numbering", 920, CorePermissions.SETUP_NUMBERING);
    }

    private final NumberSeriesService settings;

    private final MessageSource messages;

    NumberSeriesPageController(NumberSeriesService settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("series", settings.list());
        model.addAttribute("resets", List.of(NumberReset.values()));
        return "numbering/setup";
    }

    @PostMapping("/{series}")
    String change(@PathVariable String slug, @PathVariable String series,
            @RequestParam(defaultValue = "") String prefix, @RequestParam(defaultValue = "") String pattern,
            @RequestParam(required = false) String reset, RedirectAttributes redirect) {
        // Read leniently: an unknown reset is a message on the page like any other bad field.
        NumberReset parsedReset = parseReset(reset);
        if (parsedReset == null) {
            return refused(slug, series, redirect, text("numbering.refused.reset"));
        }
        try {
            NumberSeriesView saved = settings.change(series, new NumberSeriesRequest(prefix, pattern, parsedReset));
            redirect.addFlashAttribute("notice", text("numbering.saved", saved.name(), saved.nextNumber()));
        } catch (ProblemException refusal) {
            // An unknown series stays the 404 page; a bad field or a refused reset is a message here.
            if (refusal.status() == 404) {
                throw refusal;
            }
            return refused(slug, series, redirect, describe(refusal));
        }
        return "redirect:/t/" + slug + "/setup/numbering";
    }

    private static String refused(String slug, String series, RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("refusal", message);
        redirect.addFlashAttribute("refusedSeries", series);
        return "redirect:/t/" + slug + "/setup/numbering";
    }

    private static NumberReset parseReset(String reset) {
        for (NumberReset value : NumberReset.values()) {
            if (value.name().equals(reset)) {
                return value;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static String describe(ProblemException refusal) {
        Object errors = refusal.properties().get("errors");
        if (errors instanceof List<?> list && !list.isEmpty()) {
            return String.join(" ", ((List<FieldError>) list).stream()
                    .map(error -> capitalize(error.field()) + " " + error.message() + ".").toList());
        }
        return refusal.detail();
    }

    private static String capitalize(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
