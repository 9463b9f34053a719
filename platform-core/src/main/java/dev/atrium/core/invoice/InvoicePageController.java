package dev.atrium.core.invoice;

import dev.atrium.core.catalog.Products;
import dev.atrium.core.problem.ProblemTexts;
import dev.atrium.core.tax.TaxRates;
import dev.atrium.plugin.link.DocumentLinks;
import dev.atrium.plugin.link.DocumentRef;
import dev.atrium.plugin.list.ExportFormat;
import dev.atrium.plugin.party.Parties;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The invoice pages: the list with its filters, keyset pages and export; a form for a new draft; and the invoice
 * page, a document editor whose header, lines (each edited in its row), totals and status actions work as plain
 * forms, and in place with htmx. Every form posts, then the page is shown again (a refusal as messages beside the
 * fields, with what was typed kept), so the page works the same without script.
 */
@Controller
@RequestMapping("/t/{slug}/invoices")
@PreAuthorize(InvoiceService.READ)
class InvoicePageController {

    private static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    /** The customers the draft form offers; a larger tenant types to narrow them. */
    private static final int PARTY_CHOICES = 100;

    private final InvoiceService invoices;
    private final Parties parties;
    private final Products products;
    private final TaxRates taxRates;
    private final InvoicePrints prints;
    private final DocumentLinks links;

    InvoicePageController(InvoiceService invoices, Parties parties, Products products, TaxRates taxRates,
            InvoicePrints prints, DocumentLinks links) {
        this.prints = prints;
        this.links = links;
        this.invoices = invoices;
        this.parties = parties;
        this.products = products;
        this.taxRates = taxRates;
    }

    @GetMapping
    String list(@Valid InvoiceSearch search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("result", invoices.list(search));
        model.addAttribute("statuses", InvoiceStatus.values());
        model.addAttribute("kinds", InvoiceKind.values());
        model.addAttribute("pageSizes", PAGE_SIZES);
        if (search.party() != null) {
            parties.find(search.party()).ifPresent(party -> model.addAttribute("party", party));
        }
        return "invoice/list";
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @PreAuthorize(InvoiceService.EXPORT)
    void export(@Valid InvoiceSearch search, HttpServletResponse response) throws IOException {
        invoices.export(search, null, ExportFormat.CSV, response);
    }

    @GetMapping("/new")
    @PreAuthorize(InvoiceService.EDIT)
    String newDraft(@RequestParam(required = false) Long party, Model model) {
        model.addAttribute("customers", parties.search("", PARTY_CHOICES).stream()
                .filter(candidate -> candidate.customer() && candidate.active()).toList());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", party == null ? Map.of() : Map.of("partyId", party.toString()));
        }
        return "invoice/new";
    }

    @PostMapping
    @PreAuthorize(InvoiceService.EDIT)
    String create(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        InvoiceRequest request = header(form, null, errors);
        if (errors.isEmpty()) {
            try {
                long id = invoices.createDraft(request.toNewInvoice());
                redirect.addFlashAttribute("notice", "invoice.page.created");
                return "redirect:/t/" + slug + "/invoices/" + id;
            } catch (ProblemException refusal) {
                refused(refusal, errors, redirect);
            }
        }
        keep(redirect, "header", errors, form);
        return "redirect:/t/" + slug + "/invoices/new";
    }

    /** The document editor; {@code edit} names the line whose row is a form. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Long edit, Model model) {
        InvoiceView invoice = invoices.get(id);
        model.addAttribute("invoice", invoice);
        model.addAttribute("links", links.linkedTo(new DocumentRef(invoice.kind().documentType(), id)));
        model.addAttribute("editing", edit);
        invoice.lines().stream().filter(line -> line.id() == (edit == null ? -1 : edit)).findFirst()
                .ifPresent(line -> model.addAttribute("editedLine", typed(line)));
        if (invoice.draft()) {
            model.addAttribute("customers", parties.search("", PARTY_CHOICES).stream()
                    .filter(candidate -> candidate.customer() && candidate.active()
                            || candidate.id() == invoice.partyId()).toList());
            model.addAttribute("products", products.search("", Products.MAX_SEARCH));
            model.addAttribute("taxRates", taxRates.active());
        }
        return "invoice/detail";
    }

    @GetMapping(value = "/{id}/pdf", produces = "application/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        return InvoicePrints.download(prints.pdf(id, locale));
    }

    @PostMapping("/{id}")
    @PreAuthorize(InvoiceService.EDIT)
    String change(@PathVariable String slug, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        invoices.get(id);
        InvoiceRequest request = header(form, number(form, "version", errors), errors);
        return attempt(slug, id, redirect, "header", form, errors, () -> invoices.change(id, request),
                "invoice.page.saved");
    }

    @PostMapping("/{id}/lines")
    @PreAuthorize(InvoiceService.EDIT)
    String addLine(@PathVariable String slug, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        invoices.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LineRequest line = line(form, errors);
        return attempt(slug, id, redirect, "new-line", form, errors, () -> invoices.addLine(id, line),
                "invoice.page.line-added");
    }

    @PostMapping("/{id}/lines/{lineId}")
    @PreAuthorize(InvoiceService.EDIT)
    String changeLine(@PathVariable String slug, @PathVariable long id, @PathVariable long lineId,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        requireLine(id, lineId);
        Map<String, String> errors = new LinkedHashMap<>();
        LineRequest line = line(form, errors);
        String target = attempt(slug, id, redirect, "line-" + lineId, form, errors,
                () -> invoices.changeLine(id, lineId, line), "invoice.page.line-saved");
        return errors.isEmpty() ? target : target + "?edit=" + lineId;
    }

    @PostMapping("/{id}/lines/{lineId}/delete")
    @PreAuthorize(InvoiceService.EDIT)
    String removeLine(@PathVariable String slug, @PathVariable long id, @PathVariable long lineId,
            RedirectAttributes redirect) {
        requireLine(id, lineId);
        return attempt(slug, id, redirect, "lines", null, new LinkedHashMap<>(), () -> invoices.removeLine(id, lineId),
                "invoice.page.line-removed");
    }

    @PostMapping("/{id}/validate")
    @PreAuthorize(InvoiceService.VALIDATE)
    String validate(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        return attempt(slug, id, redirect, "actions", null, new LinkedHashMap<>(), () -> invoices.validate(id),
                "invoice.page.validated");
    }

    @PostMapping("/{id}/abandon")
    @PreAuthorize(InvoiceService.EDIT)
    String abandon(@PathVariable String slug, @PathVariable long id,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        invoices.get(id);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("reason", reason);
        return attempt(slug, id, redirect, "abandon", form, new LinkedHashMap<>(),
                () -> invoices.abandon(id, new AbandonRequest(reason)), "invoice.page.abandoned");
    }

    /**
     * A credit note of the quantities typed per line ({@code quantity-<lineId>}; empty or 0 leaves a line out),
     * or of everything not credited yet when none is typed; then its page.
     */
    @PostMapping("/{id}/credit-notes")
    @PreAuthorize(InvoiceService.EDIT)
    String createCreditNote(@PathVariable String slug, @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        InvoiceView invoice = invoices.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        List<CreditNoteRequest.CreditedLine> lines = new ArrayList<>();
        for (InvoiceView.LineView line : invoice.lines()) {
            BigDecimal quantity = number(form, "quantity-" + line.id(), errors);
            if (quantity != null && quantity.signum() != 0) {
                lines.add(new CreditNoteRequest.CreditedLine(line.id(), quantity));
            }
        }
        if (errors.isEmpty()) {
            try {
                InvoiceView creditNote = invoices.createCreditNote(id, new CreditNoteRequest(lines));
                redirect.addFlashAttribute("notice", "invoice.page.credit-note-created");
                return "redirect:/t/" + slug + "/invoices/" + creditNote.id();
            } catch (ProblemException refusal) {
                if (refusal.status() == 404) {
                    throw refusal;
                }
                refused(refusal, errors, redirect);
            }
        }
        keep(redirect, "credit", errors, form);
        return "redirect:/t/" + slug + "/invoices/" + id;
    }

    /** The 404 page for a line that is not the invoice's, before any refusal could say more about it. */
    private void requireLine(long id, long lineId) {
        if (invoices.get(id).lines().stream().noneMatch(line -> line.id() == lineId)) {
            throw new NotFoundException("Invoice line", lineId);
        }
    }

    /** A line's figures as its row's form shows them; a line given a tax rate from the list shows the list's. */
    private static Map<String, String> typed(InvoiceView.LineView line) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("label", line.label());
        typed.put("description", line.description());
        typed.put("quantity", line.quantity().stripTrailingZeros().toPlainString());
        typed.put("unit", line.unit());
        typed.put("unitPrice", line.unitPrice().amount().toPlainString());
        typed.put("discountPercent", line.discountPercent().stripTrailingZeros().toPlainString());
        if (line.taxRateId() == null) {
            typed.put("taxRate", line.taxRate().stripTrailingZeros().toPlainString());
            typed.put("taxName", line.taxName());
        } else {
            typed.put("taxRateId", line.taxRateId().toString());
        }
        if (line.productId() != null) {
            typed.put("productId", line.productId().toString());
        }
        return typed;
    }

    /**
     * Runs a change; a refusal (not a 404: another tenant's id stays the 404 page) comes back to the page with
     * its messages, in the form {@code section} names, with what was typed.
     */
    private String attempt(String slug, long id, RedirectAttributes redirect, String section,
            MultiValueMap<String, String> form, Map<String, String> errors, Runnable change, String notice) {
        String page = "redirect:/t/" + slug + "/invoices/" + id;
        if (errors.isEmpty()) {
            try {
                change.run();
                redirect.addFlashAttribute("notice", notice);
                return page;
            } catch (ProblemException refusal) {
                if (refusal.status() == 404) {
                    throw refusal;
                }
                refused(refusal, errors, redirect);
            } catch (OptimisticLockingFailureException stale) {
                redirect.addFlashAttribute("refusal", ProblemTexts.messageOf("{invoice.page.stale}"));
            }
        }
        keep(redirect, section, errors, form);
        return page;
    }

    private static void refused(ProblemException refusal, Map<String, String> errors, RedirectAttributes redirect) {
        if (refusal.properties().get("errors") instanceof List<?> fields && !fields.isEmpty()) {
            for (Object field : fields) {
                FieldError error = (FieldError) field;
                errors.put(error.field(), ProblemTexts.messageOf(error.message()));
            }
        } else {
            redirect.addFlashAttribute("refusal", ProblemTexts.detailOf(refusal));
        }
    }

    private static void keep(RedirectAttributes redirect, String section, Map<String, String> errors,
            MultiValueMap<String, String> form) {
        redirect.addFlashAttribute("section", section);
        redirect.addFlashAttribute("errors", errors);
        if (form != null) {
            redirect.addFlashAttribute("typed", form.toSingleValueMap());
        }
    }

    /** The header's fields as typed; a field that is not a number or a date is an error under its name. */
    private static InvoiceRequest header(MultiValueMap<String, String> form, BigDecimal version,
            Map<String, String> errors) {
        BigDecimal party = number(form, "partyId", errors);
        Currency currency = null;
        String code = text(form, "currency");
        if (code != null) {
            try {
                currency = Currency.getInstance(code);
            } catch (IllegalArgumentException unknown) {
                errors.put("currency", ProblemTexts.messageOf("{problem.field.currency}"));
            }
        }
        return new InvoiceRequest(party == null ? null : party.longValue(), currency, date(form, "invoiceDate", errors),
                date(form, "dueDate", errors), text(form, "notes"), null, version == null ? null : version.longValue());
    }

    /** A line as typed; a tax rate chosen from the list gives the rate and its name, whatever the rate field holds. */
    private static LineRequest line(MultiValueMap<String, String> form, Map<String, String> errors) {
        Long taxRateId = id(form, "taxRateId", errors);
        return new LineRequest(text(form, "label"), text(form, "description"), number(form, "quantity", errors),
                text(form, "unit"), number(form, "unitPrice", errors), number(form, "discountPercent", errors),
                taxRateId == null ? number(form, "taxRate", errors) : null,
                taxRateId == null ? text(form, "taxName") : null, id(form, "productId", errors), taxRateId);
    }

    private static Long id(MultiValueMap<String, String> form, String name, Map<String, String> errors) {
        BigDecimal id = number(form, name, errors);
        return id == null ? null : id.longValue();
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A number as people type it, with a point or a comma. */
    private static BigDecimal number(MultiValueMap<String, String> form, String name, Map<String, String> errors) {
        String value = text(form, name);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException notANumber) {
            errors.put(name, ProblemTexts.messageOf("{problem.field.type.bigdecimal}"));
            return null;
        }
    }

    private static LocalDate date(MultiValueMap<String, String> form, String name, Map<String, String> errors) {
        String value = text(form, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            errors.put(name, ProblemTexts.messageOf("{problem.field.type.localdate}"));
            return null;
        }
    }
}
