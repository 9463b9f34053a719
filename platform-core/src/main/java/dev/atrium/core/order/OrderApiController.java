package dev.atrium.core.order;

import dev.atrium.core.print.SalesDocumentPdf;
import dev.atrium.core.proposal.LineRequest;
import dev.atrium.core.proposal.LineView;
import dev.atrium.plugin.history.HistoryEntry;
import dev.atrium.plugin.list.ExportFormat;
import dev.atrium.plugin.list.ListPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
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

@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Sales orders", description = "Customers' orders: validated, delivered and invoiced line by line")
@PreAuthorize(OrderService.READ)
class OrderApiController {

    private final OrderService orders;
    private final SalesDocumentPdf pdfs;

    OrderApiController(OrderService orders, SalesDocumentPdf pdfs) {
        this.orders = orders;
        this.pdfs = pdfs;
    }

    @GetMapping
    @Operation(summary = "List sales orders", description = "Search with q (reference, party name), filter by "
            + "status, party (its id), from and to (order date, inclusive); sort on orderDate or partyName "
            + "(-orderDate unless given); at most 100 per page (size); after= and before= page with the cursors of "
            + "an earlier answer.")
    ListPage<OrderSummary> list(@ParameterObject @Valid OrderSearch search) {
        return orders.list(search);
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @PreAuthorize(OrderService.EXPORT)
    @Operation(summary = "Export the filtered list as CSV", description = "The list's filters and sort; fields picks "
            + "the columns (reference, party, orderDate, status, currency, net, gross; all when absent).")
    void exportCsv(@ParameterObject @Valid OrderSearch search, @RequestParam(required = false) List<String> fields,
            HttpServletResponse response) throws IOException {
        orders.export(search, fields, ExportFormat.CSV, response);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One sales order with its lines, what is invoiced of each, totals and tax summary")
    OrderView get(@PathVariable long id) {
        return orders.get(id);
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The sales order as a PDF", description = "Under the company's letterhead, in the reader's "
            + "language; an attachment named for its reference (SO-2026-00001.pdf).")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        return pdfs.download(orders.printable(id, locale), locale);
    }

    @PostMapping
    @PreAuthorize(OrderService.EDIT)
    @Operation(summary = "Write a sales order", description = "A draft for an active third party, with its first "
            + "lines if given, all or nothing; it takes its reference when validated. 201 with its Location.")
    ResponseEntity<OrderView> create(@RequestBody OrderRequest request) {
        OrderView created = orders.create(request);
        return ResponseEntity.created(URI.create("/api/v1/orders/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(OrderService.EDIT)
    @Operation(summary = "Change a draft order's party, date and notes", description = "With the version read: 409 "
            + "when someone changed it meanwhile or when it is no longer a draft.")
    OrderView change(@PathVariable long id, @RequestBody OrderRequest request) {
        return orders.change(id, request);
    }

    @PostMapping("/{id}/lines")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OrderService.EDIT)
    @Operation(summary = "Add a line to a draft order", description = "409 unless the order is a draft.")
    LineView addLine(@PathVariable long id, @RequestBody LineRequest request) {
        return orders.addLine(id, request);
    }

    @PutMapping("/{id}/lines/{orderLineId}")
    @PreAuthorize(OrderService.EDIT)
    @Operation(summary = "Change a line of a draft order", description = "With the line's version read.")
    LineView changeLine(@PathVariable long id, @PathVariable long orderLineId, @RequestBody LineRequest request) {
        return orders.changeLine(id, orderLineId, request);
    }

    @DeleteMapping("/{id}/lines/{orderLineId}")
    @PreAuthorize(OrderService.EDIT)
    @Operation(summary = "Remove a line from a draft order", description = "The order as it is now.")
    OrderView removeLine(@PathVariable long id, @PathVariable long orderLineId) {
        return orders.removeLine(id, orderLineId);
    }

    @PostMapping("/{id}/validate")
    @PreAuthorize(OrderService.EDIT)
    @Operation(summary = "Validate a draft order", description = "It takes the next reference of its series "
            + "(SO-2026-00001) and its lines are fixed. 409 unless a draft with lines.")
    OrderView validate(@PathVariable long id) {
        return orders.validate(id);
    }

    @PostMapping("/{id}/deliver")
    @PreAuthorize(OrderService.EDIT)
    @Operation(summary = "Record that a validated order is delivered", description = "409 unless validated.")
    OrderView deliver(@PathVariable long id) {
        return orders.deliver(id);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(OrderService.EDIT)
    @Operation(summary = "Cancel an order", description = "409 once billed, or when part of it is invoiced already.")
    OrderView cancel(@PathVariable long id) {
        return orders.cancel(id);
    }

    @PostMapping("/{id}/invoice")
    @PreAuthorize(OrderService.INVOICE)
    @Operation(summary = "Invoice the order, whole or chosen lines", description = "A draft invoice naming the order "
            + "as its origin. Without lines, everything still to invoice; with lines=[{lineId, quantity}], those "
            + "quantities (a line's remainder when quantity is absent). 409 beyond what a line has left, or unless "
            + "the order is validated or delivered; the order is billed once nothing is left. 201 with the "
            + "invoice's id and Location.")
    ResponseEntity<InvoiceCreated> invoice(@PathVariable long id,
            @RequestBody(required = false) InvoiceOrderRequest request) {
        InvoiceCreated created = InvoiceCreated.of(orders.invoice(id,
                request == null ? InvoiceOrderRequest.everything() : request));
        return ResponseEntity.created(URI.create(created.location())).body(created);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "A sales order's history", description = "Newest first, at most 100 per page (size).")
    ListPage<HistoryEntry> history(@PathVariable long id, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "20") int size) {
        return orders.history(id, after, size);
    }
}
