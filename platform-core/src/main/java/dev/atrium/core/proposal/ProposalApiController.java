package dev.atrium.core.proposal;

import dev.atrium.core.print.SalesDocumentPdf;
import dev.atrium.plugin.history.HistoryEntry;
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
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/proposals")
@Tag(name = "Proposals", description = "Quotes to third parties: lines, totals, and their answer")
@PreAuthorize(ProposalService.READ)
class ProposalApiController {

    private final ProposalService proposals;
    private final SalesDocumentPdf pdfs;

    ProposalApiController(ProposalService proposals, SalesDocumentPdf pdfs) {
        this.proposals = proposals;
        this.pdfs = pdfs;
    }

    @GetMapping
    @Operation(summary = "List proposals", description = "Search with q (reference, party name), filter by status, "
            + "party (its id), from and to (proposal date, inclusive) and expired (true: past their validity date "
            + "without an answer, in the company's today; false: the others); sort on proposalDate, validUntil, "
            + "reference or partyName (-proposalDate unless given); at most 100 per page (size). Pass an answer's "
            + "next as after= for the following page, its previous as before= to go back.")
    ListPage<ProposalSummary> list(@ParameterObject @Valid ProposalSearch search) {
        return proposals.list(search);
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @PreAuthorize(ProposalService.EXPORT)
    @Operation(summary = "Export the filtered list as CSV", description = "The list's filters and sort; fields "
            + "picks the columns (reference, party, proposalDate, validUntil, status, expired, currency, net, "
            + "gross; all when absent). Headers and statuses in the user's language.")
    void exportCsv(@ParameterObject @Valid ProposalSearch search, @RequestParam(required = false) List<String> fields,
            HttpServletResponse response) throws IOException {
        proposals.export(search, fields, ExportFormat.CSV, response);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One proposal with its lines, totals and tax summary")
    ProposalView get(@PathVariable long id) {
        return proposals.get(id);
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The proposal as a PDF", description = "Under the company's letterhead, in the reader's "
            + "language; an attachment named for its reference (PR-2026-00001.pdf).")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        return pdfs.download(proposals.printable(id, locale), locale);
    }

    @PostMapping
    @PreAuthorize(ProposalService.EDIT)
    @Operation(summary = "Write a proposal", description = "A draft for an active third party, with its first lines "
            + "if given, all or nothing; numbered now (PR-2026-00001 unless the company changed the pattern). "
            + "The currency is the party's unless given; the validity date 30 days after the proposal date unless "
            + "given. 201 with its Location.")
    ResponseEntity<ProposalView> create(@RequestBody ProposalRequest request) {
        ProposalView created = proposals.create(request);
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/proposals/{id}").build(created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(ProposalService.EDIT)
    @Operation(summary = "Change a draft proposal's party, dates and notes", description = "With the version read: "
            + "409 when someone changed it meanwhile or when it is no longer a draft. Lines have their own "
            + "endpoints; the currency is fixed at creation.")
    ProposalView change(@PathVariable long id, @RequestBody ProposalRequest request) {
        return proposals.change(id, request);
    }

    @PostMapping("/{id}/lines")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ProposalService.EDIT)
    @Operation(summary = "Add a line to a draft proposal", description = "Free text with its own unit price (in "
            + "the proposal's currency) and tax rate; 409 unless the proposal is a draft.")
    LineView addLine(@PathVariable long id, @RequestBody LineRequest request) {
        return proposals.addLine(id, request);
    }

    @PutMapping("/{id}/lines/{proposalLineId}")
    @PreAuthorize(ProposalService.EDIT)
    @Operation(summary = "Change a line of a draft proposal", description = "With the line's version read: 409 when "
            + "someone changed it meanwhile, or unless the proposal is a draft.")
    LineView changeLine(@PathVariable long id, @PathVariable long proposalLineId, @RequestBody LineRequest request) {
        return proposals.changeLine(id, proposalLineId, request);
    }

    @DeleteMapping("/{id}/lines/{proposalLineId}")
    @PreAuthorize(ProposalService.EDIT)
    @Operation(summary = "Remove a line from a draft proposal", description = "The lines after it move up; 409 "
            + "unless the proposal is a draft. The proposal as it is now.")
    ProposalView removeLine(@PathVariable long id, @PathVariable long proposalLineId) {
        return proposals.removeLine(id, proposalLineId);
    }

    @PostMapping("/{id}/send")
    @PreAuthorize(ProposalService.SEND)
    @Operation(summary = "Mark a draft proposal as sent", description = "409 unless it is a draft with lines.")
    ProposalView send(@PathVariable long id) {
        return proposals.act(id, ProposalStatus.Action.SEND, null);
    }

    @PostMapping("/{id}/negotiate")
    @PreAuthorize(ProposalService.EDIT)
    @Operation(summary = "Record that the customer negotiates a sent proposal", description = "409 unless sent.")
    ProposalView negotiate(@PathVariable long id) {
        return proposals.act(id, ProposalStatus.Action.NEGOTIATE, null);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize(ProposalService.EDIT)
    @Operation(summary = "Record the customer's approval", description = "409 unless sent or in negotiation. An "
            + "approved proposal may then become a sales order or a draft invoice.")
    ProposalView approve(@PathVariable long id) {
        return proposals.act(id, ProposalStatus.Action.APPROVE, null);
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(ProposalService.EDIT)
    @Operation(summary = "Record the customer's refusal, with its reason", description = "reason: 1 to 1000 "
            + "characters. 409 unless sent or in negotiation.")
    ProposalView reject(@PathVariable long id, @RequestBody ReasonRequest request) {
        return proposals.act(id, ProposalStatus.Action.REJECT, request.reason());
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize(ProposalService.EDIT)
    @Operation(summary = "Bring a proposal in negotiation back to a draft", description = "Its lines may then be "
            + "rewritten and it sent again. 409 unless in negotiation.")
    ProposalView reopen(@PathVariable long id) {
        return proposals.act(id, ProposalStatus.Action.REOPEN, null);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "A proposal's history", description = "Newest first, at most 100 per page (size); pass an "
            + "answer's next as after= for older entries.")
    ListPage<HistoryEntry> history(@PathVariable long id, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "20") int size) {
        return proposals.history(id, after, size);
    }
}
