package dev.atrium.core.catalog;

import dev.atrium.plugin.history.HistoryEntry;
import dev.atrium.plugin.list.ExportFormat;
import dev.atrium.plugin.list.ListPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
@RequestMapping("/api/v1/products")
@Tag(name = "Products", description = "The catalog: products and services with their unit price and default tax "
        + "rate, which document lines are filled from")
@PreAuthorize(Products.READ)
class ProductApiController {

    private final Products products;

    ProductApiController(Products products) {
        this.products = products;
    }

    @GetMapping
    @Operation(summary = "List products and services", description = "Search with q (reference, label; case aside), "
            + "filter by kind (PRODUCT, SERVICE) and status (ACTIVE unless given: INACTIVE, or ALL for both); sort "
            + "with e.g. sort=label,-unitPrice on reference, label, unitPrice, updatedAt; at most 100 per page "
            + "(size). Pass an answer's next as after= for the following page, its previous as before= to go back.")
    ListPage<ProductSummary> list(@ParameterObject @Valid ProductSearch search) {
        return products.list(search);
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @PreAuthorize(Products.EXPORT)
    @Operation(summary = "Export the filtered list as CSV", description = "Takes the list's filters and sort; fields "
            + "picks the columns and their order (fields=reference,label,unitPrice; all when absent). Headers and "
            + "values in the user's language, named for today (products-2026-12-04.csv).")
    void exportCsv(@ParameterObject @Valid ProductSearch search,
            @RequestParam(required = false) List<String> fields, HttpServletResponse response) throws IOException {
        products.export(search, fields, ExportFormat.CSV, response);
    }

    @GetMapping(value = "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @PreAuthorize(Products.EXPORT)
    @Operation(summary = "Export the filtered list as an XLSX workbook", description = "The same columns, filters "
            + "and fields as the CSV export.")
    void exportXlsx(@ParameterObject @Valid ProductSearch search,
            @RequestParam(required = false) List<String> fields, HttpServletResponse response) throws IOException {
        products.export(search, fields, ExportFormat.XLSX, response);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One product or service")
    ProductDetails get(@PathVariable long id) {
        return products.details(id);
    }

    @PostMapping
    @PreAuthorize(Products.EDIT)
    @Operation(summary = "Create a product or service", description = "reference: unique whatever its case; "
            + "unitPrice with no more decimals than its currency has (the company's currency when absent); "
            + "taxRateId one of your active rates. 400 naming every bad field, 409 product-reference-taken naming "
            + "reference. 201 with its Location.")
    ResponseEntity<ProductDetails> create(@RequestBody ProductRequest request) {
        ProductDetails created = products.create(request);
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/products/{id}").build(created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Products.EDIT)
    @Operation(summary = "Update a product or service", description = "A full update carrying the version last "
            + "read; 409 when someone changed it meanwhile. Documents already written keep what they copied.")
    ProductDetails update(@PathVariable long id, @RequestBody ProductRequest request) {
        return products.change(id, request);
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(Products.EDIT)
    @Operation(summary = "Deactivate a product", description = "Products are never deleted, since documents refer "
            + "to them; an inactive one is no longer offered for new lines. 409 when it is inactive already.")
    ProductDetails deactivate(@PathVariable long id) {
        return products.deactivate(id);
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize(Products.EDIT)
    @Operation(summary = "Reactivate a product", description = "409 when it is active already.")
    ProductDetails reactivate(@PathVariable long id) {
        return products.reactivate(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "A product's history", description = "Who created it and who changed which fields from "
            + "what to what; newest first, at most 100 per page (size). Pass an answer's next as after= for older "
            + "entries.")
    ListPage<HistoryEntry> history(@PathVariable long id, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "20") int size) {
        return products.history(id, after, size);
    }
}
