package dev.atrium.core.invoice;

import dev.atrium.plugin.list.ExportFormat;
import dev.atrium.plugin.list.ListPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/invoices")
@Tag(name = "Invoices", description = "Invoices and credit notes: drafts, validation with a gapless legal number, "
        + "payments and credit notes")
@PreAuthorize(InvoiceService.READ)
class InvoiceApiController {

    private final InvoiceService invoices;
    private final InvoicePrints prints;

    InvoiceApiController(InvoiceService invoices, InvoicePrints prints) {
        this.invoices = invoices;
        this.prints = prints;
    }

    @GetMapping
    @Operation(summary = "List invoices and credit notes", description = "Search with q (number or party name), "
            + "filter by status, kind (INVOICE, CREDIT_NOTE), party (its id) and invoice dates from= and to= (both "
            + "included); sort with invoiceDate, dueDate or createdAt (-invoiceDate, newest first, unless told); at "
            + "most 100 per page (size). Pass an answer's next as after= for the following page, its previous as "
            + "before= to go back.")
    ListPage<InvoiceSummary> list(@ParameterObject @Valid InvoiceSearch search) {
        return invoices.list(search);
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @PreAuthorize(InvoiceService.EXPORT)
    @Operation(summary = "Export the filtered list as CSV", description = "Takes the list's filters and sort; "
            + "fields picks the columns and their order (fields=reference,party,gross; all when absent). Headers "
            + "and values in the user's language, UTF-8 with a byte order mark.")
    void exportCsv(@ParameterObject @Valid InvoiceSearch search, @RequestParam(required = false) List<String> fields,
            HttpServletResponse response) throws IOException {
        invoices.export(search, fields, ExportFormat.CSV, response);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One invoice or credit note with its lines, totals, tax summary and linked documents")
    InvoiceView get(@PathVariable long id) {
        return invoices.get(id);
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The invoice or credit note as PDF", description = "A4 under the company's letterhead, in "
            + "the reader's language; a draft prints under its provisional reference. Named after its number.")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        return InvoicePrints.download(prints.pdf(id, locale));
    }

    @PostMapping
    @PreAuthorize(InvoiceService.EDIT)
    @Operation(summary = "Create a draft invoice", description = "For an active customer (partyId), with its first "
            + "lines if any. Currency, invoice date and due date default to the party's currency, today and the "
            + "party's payment terms. A draft has a provisional reference such as (PROV12); its number comes at "
            + "validation. 400 naming every bad field (lines[1].quantity), nothing written then. 201 with its "
            + "Location.")
    ResponseEntity<InvoiceView> create(@RequestBody InvoiceRequest request) {
        long id = invoices.createDraft(request.toNewInvoice());
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/invoices/{id}").build(id))
                .body(invoices.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(InvoiceService.EDIT)
    @Operation(summary = "Change a draft's header", description = "Party, currency (while it has no lines), dates "
            + "and notes, with the version read: 409 when it changed meanwhile, and 409 invoice-frozen once "
            + "validated. Lines change through their own endpoints.")
    InvoiceView change(@PathVariable long id, @RequestBody InvoiceRequest request) {
        return invoices.change(id, request);
    }

    @PostMapping("/{id}/lines")
    @PreAuthorize(InvoiceService.EDIT)
    @Operation(summary = "Add a line to a draft", description = "Its amounts follow from quantity, unit price, "
            + "discount and tax rate, each rounded half-up at the currency's minor unit. 409 once validated.")
    InvoiceView addLine(@PathVariable long id, @RequestBody LineRequest request) {
        return invoices.addLine(id, request);
    }

    @PutMapping("/{id}/lines/{lineId}")
    @PreAuthorize(InvoiceService.EDIT)
    @Operation(summary = "Change a line of a draft", description = "409 once validated.")
    InvoiceView changeLine(@PathVariable long id, @PathVariable long lineId, @RequestBody LineRequest request) {
        return invoices.changeLine(id, lineId, request);
    }

    @DeleteMapping("/{id}/lines/{lineId}")
    @PreAuthorize(InvoiceService.EDIT)
    @Operation(summary = "Remove a line from a draft", description = "409 once validated.")
    InvoiceView removeLine(@PathVariable long id, @PathVariable long lineId) {
        return invoices.removeLine(id, lineId);
    }

    @PostMapping("/{id}/validate")
    @PreAuthorize(InvoiceService.VALIDATE)
    @Operation(summary = "Validate a draft", description = "It takes the next number of its series for the year of "
            + "its date (INV-2026-00042, or CN-… for a credit note; gapless per tenant and year), the party's "
            + "name, code, tax id and billing address are copied onto it, and it is frozen: any later change is "
            + "409 invoice-frozen. A credit note takes what it credits off its invoice.")
    InvoiceView validate(@PathVariable long id) {
        invoices.validate(id);
        return invoices.get(id);
    }

    @PostMapping("/{id}/abandon")
    @PreAuthorize(InvoiceService.EDIT)
    @Operation(summary = "Abandon a draft or an unpaid validated invoice", description = "With its reason (1 to 500 "
            + "characters). A validated invoice keeps its number, which is never reused; one with payments or "
            + "credit notes is refused (409).")
    InvoiceView abandon(@PathVariable long id, @RequestBody AbandonRequest request) {
        return invoices.abandon(id, request);
    }

    @PostMapping("/{id}/credit-notes")
    @PreAuthorize(InvoiceService.EDIT)
    @Operation(summary = "Create a draft credit note of a validated invoice", description = "For every line not "
            + "credited yet (no lines given), or for chosen lines and quantities (lines=[{lineId, quantity}], each "
            + "at most what is not credited yet). It takes its own number (CN-2026-00001) when validated. 201 with "
            + "its Location.")
    ResponseEntity<InvoiceView> createCreditNote(@PathVariable long id,
            @RequestBody(required = false) CreditNoteRequest request) {
        InvoiceView created = invoices.createCreditNote(id, request == null ? new CreditNoteRequest(null) : request);
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/invoices/{id}").build(created.id()))
                .body(created);
    }
}
