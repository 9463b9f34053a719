package dev.atrium.core.order;

import dev.atrium.core.print.SalesDocumentPdf;
import dev.atrium.core.proposal.DocumentForm;
import dev.atrium.core.proposal.LineForm;
import dev.atrium.core.proposal.NoteForm;
import dev.atrium.core.proposal.PageRefusal;
import dev.atrium.core.proposal.SalesLines;
import dev.atrium.core.web.Forms;
import dev.atrium.plugin.link.DocumentLinks;
import dev.atrium.plugin.link.DocumentRef;
import dev.atrium.plugin.list.ExportFormat;
import dev.atrium.plugin.party.Parties;
import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
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
 * The sales order pages: the list with its filters and export, the new order's form, and the order's page: its
 * lines edited in place while a draft, then what is invoiced of each and what is still to invoice, with the
 * actions the order allows ("Invoice the whole order", "Invoice chosen lines…").
 */
@Controller
@RequestMapping("/t/{slug}/orders")
@PreAuthorize(OrderService.READ)
class OrderPageController {

    private static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    private static final int TIMELINE_SIZE = 50;
    private static final int PARTY_CHOICES = 50;

    private final OrderService orders;
    private final SalesLines salesLines;
    private final SalesDocumentPdf pdfs;
    private final Parties parties;
    private final MessageSource messages;
    private final DocumentLinks links;

    OrderPageController(OrderService orders, SalesLines salesLines, SalesDocumentPdf pdfs, Parties parties,
            MessageSource messages, DocumentLinks links) {
        this.pdfs = pdfs;
        this.links = links;
        this.orders = orders;
        this.salesLines = salesLines;
        this.parties = parties;
        this.messages = messages;
    }

    @GetMapping
    String list(@Valid OrderSearch search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("result", orders.list(search));
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("pageSizes", PAGE_SIZES);
        return "order/list";
    }

    @GetMapping("/export.csv")
    @PreAuthorize(OrderService.EXPORT)
    void export(@Valid OrderSearch search, HttpServletResponse response) throws IOException {
        orders.export(search, null, ExportFormat.CSV, response);
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        return pdfs.download(orders.printable(id, locale), locale);
    }

    @GetMapping("/new")
    @PreAuthorize(OrderService.EDIT)
    String newForm(@RequestParam(required = false) String q, @RequestParam(required = false) Long party, Model model,
            Locale locale) {
        List<PartyReference> choices = parties.search(q == null ? "" : q, PARTY_CHOICES).stream()
                .filter(PartyReference::active).toList();
        model.addAttribute("q", q);
        model.addAttribute("parties", choices);
        model.addAttribute("currencies", Forms.currencies(locale));
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of("partyId", party == null ? "" : party.toString(),
                    "orderDate", orders.today().toString()));
        }
        return "order/new";
    }

    @PostMapping
    @PreAuthorize(OrderService.EDIT)
    String create(@PathVariable String slug, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            return "redirect:/t/" + slug + "/orders/" + orders.create(header(form, false)).id();
        } catch (ProblemException refusal) {
            redirect.addFlashAttribute("refusal", PageRefusal.of(refusal, "header", this::label));
            redirect.addFlashAttribute("typed", form);
            return "redirect:/t/" + slug + "/orders/new";
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("products", salesLines.products(null));
        model.addAttribute("taxRates", salesLines.rates());
        model.addAttribute("order", orders.get(id));
        model.addAttribute("links", links.linkedTo(new DocumentRef(OrderService.HISTORY, id)));
        model.addAttribute("timeline", orders.history(id, null, TIMELINE_SIZE).items());
        model.addAttribute("zone", zone());
        if (!model.containsAttribute("note")) {
            model.addAttribute("note", NoteForm.empty());
        }
        return "order/detail";
    }

    @PostMapping("/{id}")
    @PreAuthorize(OrderService.EDIT)
    String change(@PathVariable String slug, @PathVariable long id, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        return back(slug, id, redirect, "header", form, () -> orders.change(id, header(form, true)));
    }

    @PostMapping("/{id}/lines")
    @PreAuthorize(OrderService.EDIT)
    String addLine(@PathVariable String slug, @PathVariable long id, LineForm line, RedirectAttributes redirect) {
        return back(slug, id, redirect, "new", line.typed(), () -> orders.addLine(id, line.request()));
    }

    @PostMapping("/{id}/lines/{orderLineId}")
    @PreAuthorize(OrderService.EDIT)
    String changeLine(@PathVariable String slug, @PathVariable long id, @PathVariable long orderLineId,
            LineForm line, RedirectAttributes redirect) {
        return back(slug, id, redirect, String.valueOf(orderLineId), line.typed(),
                () -> orders.changeLine(id, orderLineId, line.request()));
    }

    @PostMapping("/{id}/lines/{orderLineId}/delete")
    @PreAuthorize(OrderService.EDIT)
    String removeLine(@PathVariable String slug, @PathVariable long id, @PathVariable long orderLineId,
            RedirectAttributes redirect) {
        return back(slug, id, redirect, String.valueOf(orderLineId), Map.of(),
                () -> orders.removeLine(id, orderLineId));
    }

    @PostMapping("/{id}/validate")
    @PreAuthorize(OrderService.EDIT)
    String validate(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        return done(slug, id, redirect, "validate", () -> orders.validate(id));
    }

    @PostMapping("/{id}/deliver")
    @PreAuthorize(OrderService.EDIT)
    String deliver(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        return done(slug, id, redirect, "deliver", () -> orders.deliver(id));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(OrderService.EDIT)
    String cancel(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        return done(slug, id, redirect, "cancel", () -> orders.cancel(id));
    }

    /**
     * Invoices the order: everything still to invoice ({@code whole=true}), or the quantities typed per line
     * ({@code quantity-<lineId>}; an empty or zero one leaves the line out). Off to the new draft invoice.
     */
    @PostMapping("/{id}/invoice")
    @PreAuthorize(OrderService.INVOICE)
    String invoice(@PathVariable String slug, @PathVariable long id, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        try {
            long invoiceId = orders.invoice(id, "true".equals(form.get("whole")) ? InvoiceOrderRequest.everything()
                    : chosen(form));
            return "redirect:/t/" + slug + "/invoices/" + invoiceId;
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            redirect.addFlashAttribute("refusal", PageRefusal.of(refusal, "invoice", this::label));
            return "redirect:/t/" + slug + "/orders/" + id;
        }
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize(OrderService.EDIT)
    String addNote(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute("note") NoteForm note,
            BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        orders.note(id, note.text());
        return "redirect:/t/" + slug + "/orders/" + id + "#timeline";
    }

    private static InvoiceOrderRequest chosen(Map<String, String> form) {
        List<InvoiceOrderRequest.Part> parts = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        form.forEach((name, value) -> {
            if (name.startsWith("quantity-") && value != null && !value.isBlank()) {
                try {
                    BigDecimal quantity = new BigDecimal(value.strip().replace(',', '.'));
                    if (quantity.signum() != 0) {
                        parts.add(new InvoiceOrderRequest.Part(Long.valueOf(name.substring("quantity-".length())),
                                quantity));
                    }
                } catch (NumberFormatException notANumber) {
                    errors.add(new FieldError("quantity", "{problem.field.type.bigdecimal}"));
                }
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new InvoiceOrderRequest(parts);
    }

    private String done(String slug, long id, RedirectAttributes redirect, String action, Supplier<?> change) {
        return back(slug, id, redirect, action, Map.of(), () -> {
            change.get();
            redirect.addFlashAttribute("notice", "order.done." + action);
            return null;
        });
    }

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
        return "redirect:/t/" + slug + "/orders/" + id;
    }

    private static OrderRequest header(Map<String, String> form, boolean change) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = DocumentForm.date(form, "orderDate", errors);
        Long partyId = DocumentForm.whole(form, "partyId", errors);
        Long version = change ? DocumentForm.whole(form, "version", errors) : null;
        Currency currency = DocumentForm.currency(form, "currency", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new OrderRequest(partyId, currency, date, form.get("notes"), List.of(), version);
    }

    private String label(String field) {
        return text("order.field." + field);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static ZoneId zone() {
        return LocaleContextHolder.getTimeZone().toZoneId();
    }
}
