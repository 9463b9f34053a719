package dev.atrium.core.proposal;

import dev.atrium.core.print.SalesDocumentPdf;
import dev.atrium.plugin.link.DocumentLinks;
import dev.atrium.plugin.link.DocumentRef;
import dev.atrium.plugin.list.ExportFormat;
import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.core.web.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The proposal pages: the list with its filters and export, the new proposal's form, and the proposal's own page,
 * an editor whose lines are changed in place (htmx boosts the forms; without JavaScript they post and come back),
 * with the status actions the proposal allows now. A refused form comes back naming its fields, with what was
 * typed kept.
 */
@Controller
@RequestMapping("/t/{slug}/proposals")
@PreAuthorize(ProposalService.READ)
class ProposalPageController {

    private static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    private static final int TIMELINE_SIZE = 50;

    private final ProposalService proposals;
    private final SalesLines salesLines;
    private final SalesDocumentPdf pdfs;
    private final MessageSource messages;
    private final DocumentLinks links;

    ProposalPageController(ProposalService proposals, SalesLines salesLines, SalesDocumentPdf pdfs,
            MessageSource messages, DocumentLinks links) {
        this.pdfs = pdfs;
        this.links = links;
        this.proposals = proposals;
        this.salesLines = salesLines;
        this.messages = messages;
    }

    @GetMapping
    String list(@Valid ProposalSearch search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("result", proposals.list(search));
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute("pageSizes", PAGE_SIZES);
        return "proposal/list";
    }

    @GetMapping("/export.csv")
    @PreAuthorize(ProposalService.EXPORT)
    void export(@Valid ProposalSearch search, HttpServletResponse response) throws IOException {
        proposals.export(search, null, ExportFormat.CSV, response);
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        return pdfs.download(proposals.printable(id, locale), locale);
    }

    @GetMapping("/new")
    @PreAuthorize(ProposalService.EDIT)
    String newForm(@RequestParam(required = false) String q, @RequestParam(required = false) Long party,
            Model model, Locale locale) {
        List<PartyReference> choices = proposals.partiesMatching(q);
        model.addAttribute("q", q);
        model.addAttribute("parties", choices);
        model.addAttribute("currencies", Forms.currencies(locale));
        if (!model.containsAttribute("typed")) {
            LocalDate today = proposals.today();
            model.addAttribute("typed", Map.of("partyId", party == null ? "" : party.toString(),
                    "proposalDate", today.toString(),
                    "validUntil", today.plusDays(ProposalRequest.DEFAULT_VALIDITY_DAYS).toString()));
        }
        return "proposal/new";
    }

    @PostMapping
    @PreAuthorize(ProposalService.EDIT)
    String create(@PathVariable String slug, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            ProposalView created = proposals.create(header(form, null));
            return "redirect:/t/" + slug + "/proposals/" + created.id();
        } catch (ProblemException refusal) {
            redirect.addFlashAttribute("refusal", PageRefusal.of(refusal, "header", this::label));
            redirect.addFlashAttribute("typed", form);
            return "redirect:/t/" + slug + "/proposals/new";
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("products", salesLines.products(null));
        model.addAttribute("taxRates", salesLines.rates());
        model.addAttribute("proposal", proposals.get(id));
        model.addAttribute("links", links.linkedTo(new DocumentRef(ProposalService.HISTORY, id)));
        model.addAttribute("timeline", proposals.history(id, TIMELINE_SIZE));
        model.addAttribute("zone", zone());
        if (!model.containsAttribute("note")) {
            model.addAttribute("note", NoteForm.empty());
        }
        return "proposal/detail";
    }

    @PostMapping("/{id}")
    @PreAuthorize(ProposalService.EDIT)
    String change(@PathVariable String slug, @PathVariable long id, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        return back(slug, id, redirect, "header", form, () -> proposals.change(id, header(form, form.get("version"))));
    }

    @PostMapping("/{id}/lines")
    @PreAuthorize(ProposalService.EDIT)
    String addLine(@PathVariable String slug, @PathVariable long id, LineForm line, RedirectAttributes redirect) {
        return back(slug, id, redirect, "new", line.typed(), () -> proposals.addLine(id, line.request()));
    }

    @PostMapping("/{id}/lines/{proposalLineId}")
    @PreAuthorize(ProposalService.EDIT)
    String changeLine(@PathVariable String slug, @PathVariable long id, @PathVariable long proposalLineId,
            LineForm line, RedirectAttributes redirect) {
        return back(slug, id, redirect, String.valueOf(proposalLineId), line.typed(),
                () -> proposals.changeLine(id, proposalLineId, line.request()));
    }

    @PostMapping("/{id}/lines/{proposalLineId}/delete")
    @PreAuthorize(ProposalService.EDIT)
    String removeLine(@PathVariable String slug, @PathVariable long id, @PathVariable long proposalLineId,
            RedirectAttributes redirect) {
        return back(slug, id, redirect, String.valueOf(proposalLineId), Map.of(),
                () -> proposals.removeLine(id, proposalLineId));
    }

    @PostMapping("/{id}/send")
    @PreAuthorize(ProposalService.SEND)
    String send(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        return act(slug, id, ProposalStatus.Action.SEND, null, redirect);
    }

    @PostMapping("/{id}/negotiate")
    @PreAuthorize(ProposalService.EDIT)
    String negotiate(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        return act(slug, id, ProposalStatus.Action.NEGOTIATE, null, redirect);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize(ProposalService.EDIT)
    String approve(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        return act(slug, id, ProposalStatus.Action.APPROVE, null, redirect);
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(ProposalService.EDIT)
    String reject(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(slug, id, ProposalStatus.Action.REJECT, reason, redirect);
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize(ProposalService.EDIT)
    String reopen(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        return act(slug, id, ProposalStatus.Action.REOPEN, null, redirect);
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize(ProposalService.EDIT)
    String addNote(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("note") NoteForm note,
            BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        proposals.note(id, note.text());
        return "redirect:/t/" + slug + "/proposals/" + id + "#timeline";
    }

    private String act(String slug, long id, ProposalStatus.Action action, String reason,
            RedirectAttributes redirect) {
        return back(slug, id, redirect, action.key(), reason == null ? Map.of() : Map.of("reason", reason), () -> {
            proposals.act(id, action, reason);
            redirect.addFlashAttribute("notice", "proposal.done." + action.key());
            return null;
        });
    }

    /**
     * Runs a form's change and goes back to the proposal; a refusal comes back on the page naming the fields of
     * {@code form}, with what was typed. A proposal or a line the tenant has not stays a 404.
     */
    private String back(String slug, long id, RedirectAttributes redirect, String form, Map<String, String> typed,
            Supplier<?> change) {
        try {
            change.get();
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            redirect.addFlashAttribute("refusal", PageRefusal.of(refusal, form, this::label));
            redirect.addFlashAttribute("typed", typed);
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("refusal", new PageRefusal(text("common.stale"), form, Set.of()));
        }
        return "redirect:/t/" + slug + "/proposals/" + id;
    }

    /** A header as the form posts it; a date that is not one is that field's error, never an error page. */
    private static ProposalRequest header(Map<String, String> form, String version) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = DocumentForm.date(form, "proposalDate", errors);
        LocalDate until = DocumentForm.date(form, "validUntil", errors);
        Long partyId = DocumentForm.whole(form, "partyId", errors);
        Long parsedVersion = version == null ? null : DocumentForm.whole(form, "version", errors);
        Currency currency = DocumentForm.currency(form, "currency", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new ProposalRequest(partyId, currency, date, until, form.get("notes"), List.of(), parsedVersion);
    }

    private String label(String field) {
        return text("proposal.field." + field);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static ZoneId zone() {
        return LocaleContextHolder.getTimeZone().toZoneId();
    }
}
