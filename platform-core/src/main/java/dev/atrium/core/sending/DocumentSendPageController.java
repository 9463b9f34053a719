package dev.atrium.core.sending;

import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The send page every kind of document links to: the recipient among the party's addresses or typed, copies,
 * and the subject and message from the company's template, to change before sending. A refused field shows
 * beside it with what was typed kept; a refusal of the document or the mail server shows as an alert, and
 * nothing is recorded as sent.
 */
@Controller
@RequestMapping("/t/{slug}/documents/{kind}/{documentId}/send")
class DocumentSendPageController {

    private final DocumentSending sending;

    DocumentSendPageController(DocumentSending sending) {
        this.sending = sending;
    }

    @GetMapping
    String show(@PathVariable String kind, @PathVariable long documentId, Model model) {
        SendDraft draft = sending.draft(kind, documentId);
        model.addAttribute("form", SendForm.of(draft));
        return page(model, draft);
    }

    @PostMapping
    String send(@PathVariable String slug, @PathVariable String kind, @PathVariable long documentId,
            @ModelAttribute("form") SendForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        SendDraft draft = sending.draft(kind, documentId);
        try {
            SentEmail sent = sending.send(kind, documentId, form.request());
            redirect.addFlashAttribute("sentTo", sent.to());
            return "redirect:/t/" + slug + "/documents/" + kind + "/" + documentId + "/send";
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            if (!reject(refusal, errors, form)) {
                model.addAttribute("refusal", ProblemTexts.detailOf(refusal));
            }
        }
        return page(model, draft);
    }

    private static String page(Model model, SendDraft draft) {
        model.addAttribute("draft", draft);
        model.addAttribute("other", SendForm.OTHER);
        return "sending/send";
    }

    /** Puts a refusal's field errors beside their fields; false when it names none. */
    @SuppressWarnings("unchecked")
    private static boolean reject(ProblemException refusal, BindingResult errors, SendForm form) {
        if (!(refusal.properties().get("errors") instanceof List<?> list) || list.isEmpty()) {
            return false;
        }
        for (FieldError error : (List<FieldError>) list) {
            String field = error.field().equals("to") && SendForm.OTHER.equals(form.getTo()) ? "otherAddress"
                    : error.field();
            errors.rejectValue(field, "sending.error." + field, ProblemTexts.messageOf(error.message()));
        }
        return true;
    }
}
