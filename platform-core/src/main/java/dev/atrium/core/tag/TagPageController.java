package dev.atrium.core.tag;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.core.web.MenuLink;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.tag.Tags;
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
 * Setup > Tags: the tenant's tags with how many records carry each, a form to add one, and per tag a form to
 * rename or recolour it and a confirmed delete. A refused change comes back as a message on the page naming the
 * field, with what was typed kept.
 */
@Controller
@RequestMapping("/t/{slug}/setup/tags")
@PreAuthorize(TagService.SETUP_TAGS)
class TagPageController {

    @Bean
    static MenuLink setupTagsMenu() {
        return new MenuLink("setup-tags", "Tags", "/setup/tags", 925, CorePermissions.SETUP_TAGS);
    }

    private final TagService tags;
    private final MessageSource messages;

    TagPageController(TagService tags, MessageSource messages) {
        this.tags = tags;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tags", tags.list());
        model.addAttribute("colours", Tags.COLOURS);
        return "tag/setup";
    }

    @PostMapping
    String create(@PathVariable String slug, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "grey") String colour, RedirectAttributes redirect) {
        try {
            TagView created = tags.create(new TagRequest(name, colour, null));
            redirect.addFlashAttribute("notice", text("tag.created", created.name()));
        } catch (ProblemException refusal) {
            refused(redirect, refusal, "new", name, colour);
        }
        return back(slug);
    }

    @PostMapping("/{id}")
    String change(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "grey") String colour, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            TagView saved = tags.change(id, new TagRequest(name, colour, version));
            redirect.addFlashAttribute("notice", text("tag.saved", saved.name()));
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            refused(redirect, refusal, String.valueOf(id), name, colour);
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("refusal", text("tag.stale"));
            redirect.addFlashAttribute("refused", String.valueOf(id));
        }
        return back(slug);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        TagView tag = tags.get(id);
        tags.delete(id);
        redirect.addFlashAttribute("notice", text("tag.deleted", tag.name(), tag.uses()));
        return back(slug);
    }

    private void refused(RedirectAttributes redirect, ProblemException refusal, String which, String name,
            String colour) {
        redirect.addFlashAttribute("refusal", describe(refusal));
        redirect.addFlashAttribute("refused", which);
        redirect.addFlashAttribute("typed", Map.of("name", name, "colour", colour));
        redirect.addFlashAttribute("invalid", fields(refusal));
    }

    private String describe(ProblemException refusal) {
        List<FieldError> errors = fields(refusal);
        if (errors.isEmpty()) {
            return refusal.detail();
        }
        return String.join(" ", errors.stream()
                .map(error -> text("tag.field." + error.field()) + " " + error.message() + ".").toList());
    }

    @SuppressWarnings("unchecked")
    private static List<FieldError> fields(ProblemException refusal) {
        return refusal.properties().get("errors") instanceof List<?> list ? (List<FieldError>) list : List.of();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String back(String slug) {
        return "redirect:/t/" + slug + "/setup/tags";
    }
}
