package dev.atrium.core.numbering;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/number-series")
@Tag(name = "Number series", description = "How the tenant's legal document numbers look and when they restart")
@PreAuthorize(NumberSeriesService.SETUP_NUMBERING)
class NumberSeriesApiController {

    private final NumberSeriesService settings;

    NumberSeriesApiController(NumberSeriesService settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "Every number series, with the tenant's settings and the next number")
    List<NumberSeriesView> list() {
        return settings.list();
    }

    @GetMapping("/{series}")
    @Operation(summary = "One number series")
    NumberSeriesView get(@PathVariable String series) {
        return settings.get(series);
    }

    @PutMapping("/{series}")
    @Operation(summary = "Change a series' prefix, pattern and reset", description = "The pattern is literal text "
            + "(letters, digits, - _ . /) and the placeholders {prefix}, {yyyy}, {yy}, {mm} and {seq:N} (exactly "
            + "once); a yearly reset needs the year in it, a monthly one the year and the month. The reset "
            + "cannot change once the series has numbered a document (409).")
    NumberSeriesView change(@PathVariable String series, @Valid @RequestBody NumberSeriesRequest request) {
        return settings.change(series, request);
    }
}
