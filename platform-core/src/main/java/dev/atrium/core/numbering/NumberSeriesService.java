package dev.atrium.core.numbering;

import dev.atrium.core.principal.CorePermissions;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.plugin.numbering.InvalidNumberPatternException;
import dev.atrium.plugin.numbering.NumberPattern;
import dev.atrium.plugin.numbering.NumberSeries;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import dev.atrium.plugin.problem.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A tenant's view and changes of its number series, for the API and the setup page alike. */
@Service
class NumberSeriesService {

    static final String SETUP_NUMBERING = "hasAuthority('" + CorePermissions.SETUP_NUMBERING + "')";

    private final DeclaredNumberSeries declared;
    private final NumberSeriesRows rows;
    private final TenantService tenants;
    private final Clock clock;

    NumberSeriesService(DeclaredNumberSeries declared, NumberSeriesRows rows, TenantService tenants, Clock clock) {
        this.declared = declared;
        this.rows = rows;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<NumberSeriesView> list() {
        long tenantId = TenantContext.require();
        LocalDate today = today(tenantId);
        return declared.all().stream().map(series -> view(tenantId, series, today)).toList();
    }

    @Transactional(readOnly = true)
    NumberSeriesView get(String key) {
        long tenantId = TenantContext.require();
        return view(tenantId, require(key), today(tenantId));
    }

    /**
     * Saves the tenant's prefix, pattern and reset after checking them all (one
     * 400 naming every bad field). The reset cannot change once the series has
     * numbered a document: the new counters would hand out those numbers again.
     */
    @Transactional
    NumberSeriesView change(String key, NumberSeriesRequest request) {
        NumberSeries series = require(key);
        long tenantId = TenantContext.require();
        String prefix = request.prefix() == null ? "" : request.prefix();
        List<FieldError> errors = new ArrayList<>();
        try {
            NumberPattern.checkPrefix(prefix);
        } catch (InvalidNumberPatternException e) {
            errors.add(new FieldError("prefix", e.getMessage()));
        }
        try {
            NumberPattern.parse(request.pattern()).checkFits(request.reset());
        } catch (InvalidNumberPatternException e) {
            errors.add(new FieldError(e.field(), e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        TenantSeries current = rows.find(tenantId, series, " for update").orElseGet(() -> TenantSeries.defaults(series));
        if (current.reset() != request.reset() && rows.anyNumberTaken(tenantId, key)) {
            throw new RuleViolationException("number-series-in-use", "Reset cannot change",
                    "Series " + key + " has numbered documents already; changing when it starts again would hand "
                            + "out their numbers a second time.",
                    Map.of("errors", List.of(new FieldError("reset", "{problem.field.reset-in-use}"))));
        }
        rows.save(tenantId, key, prefix, request.pattern(), request.reset(), clock.instant());
        return view(tenantId, series, today(tenantId));
    }

    private NumberSeriesView view(long tenantId, NumberSeries series, LocalDate today) {
        TenantSeries settings = rows.find(tenantId, series, "").orElseGet(() -> TenantSeries.defaults(series));
        long next = rows.lastNumber(tenantId, series.key(), settings.reset().period(today)) + 1;
        return new NumberSeriesView(series.key(), series.name(), settings.prefix(), settings.pattern(),
                settings.reset(), settings.stored(), settings.parsedPattern().format(settings.prefix(), today, next));
    }

    private NumberSeries require(String key) {
        return declared.find(key).orElseThrow(() -> new NotFoundException("Number series", key));
    }

    private LocalDate today(long tenantId) {
        return LocalDate.now(clock.withZone(tenants.get(tenantId).timeZone()));
    }
}
