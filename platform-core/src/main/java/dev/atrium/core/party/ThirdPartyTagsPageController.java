package dev.atrium.core.party;

import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The card's tag picker: the ticked tags become the party's, and the card says so. */
@Controller
@RequestMapping("/t/{slug}/third-parties/{id}/tags")
@PreAuthorize(ThirdPartyService.EDIT)
class ThirdPartyTagsPageController {

    private final ThirdPartyTags tags;
    private final MessageSource messages;

    ThirdPartyTagsPageController(ThirdPartyTags tags, MessageSource messages) {
        this.tags = tags;
        this.messages = messages;
    }

    @PostMapping
    String set(@PathVariable String slug, @PathVariable long id,
            @RequestParam(name = "tagIds", required = false) List<Long> tagIds, RedirectAttributes redirect) {
        try {
            tags.set(id, tagIds == null ? List.of() : tagIds);
            redirect.addFlashAttribute("notice", messages.getMessage("tag.record.saved", null,
                    LocaleContextHolder.getLocale()));
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            redirect.addFlashAttribute("tagRefusal", describe(refusal));
        }
        return "redirect:/t/" + slug + "/third-parties/" + id + "#tags";
    }

    @SuppressWarnings("unchecked")
    private static String describe(ProblemException refusal) {
        if (refusal.properties().get("errors") instanceof List<?> errors && !errors.isEmpty()) {
            return String.join(" ", ((List<FieldError>) errors).stream().map(FieldError::message).toList());
        }
        return refusal.detail();
    }
}
