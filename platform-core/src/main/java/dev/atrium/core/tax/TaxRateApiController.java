package dev.atrium.core.tax;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every signed-in user reads the rates (a line editor offers them); changing them takes {@code setup:taxes}. */
@RestController
@RequestMapping("/api/v1/tax-rates")
@Tag(name = "Tax rates", description = "The tenant's tax rates: one default, the active ones offered to new "
        + "products and document lines")
class TaxRateApiController {

    private final TaxRates taxRates;

    TaxRateApiController(TaxRates taxRates) {
        this.taxRates = taxRates;
    }

    @GetMapping
    @Operation(summary = "Every tax rate, active ones first, with how many records carry each")
    List<TaxRateRow> list() {
        return taxRates.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One tax rate")
    TaxRateRow get(@PathVariable long id) {
        return taxRates.get(id);
    }

    @PostMapping
    @PreAuthorize(TaxRates.SETUP_TAXES)
    @Operation(summary = "Add a tax rate", description = "The name is unique whatever its case; the rate is a "
            + "percentage from 0 to 100 with at most 4 decimals. isDefault=true makes it the default in place of "
            + "the previous one.")
    ResponseEntity<TaxRateRow> create(@RequestBody TaxRateRequest request) {
        TaxRateRow created = taxRates.create(request);
        return ResponseEntity.created(URI.create("/api/v1/tax-rates/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(TaxRates.SETUP_TAXES)
    @Operation(summary = "Rename a tax rate, change its rate, make it the default, deactivate or reactivate it",
            description = "With the version read: a change made meanwhile is refused (409). What documents were "
                    + "written with keeps the rate it had. The default stays active.")
    TaxRateRow change(@PathVariable long id, @RequestBody TaxRateRequest request) {
        return taxRates.change(id, request);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(TaxRates.SETUP_TAXES)
    @Operation(summary = "Delete a tax rate nothing refers to", description = "A rate a product or a document "
            + "carries is refused (409 tax-rate-in-use): deactivate it instead. The default is never deleted.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        taxRates.delete(id);
        return ResponseEntity.noContent().build();
    }
}
