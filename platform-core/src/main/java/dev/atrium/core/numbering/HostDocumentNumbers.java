package dev.atrium.core.numbering;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.plugin.numbering.DocumentNumbers;
import dev.atrium.plugin.numbering.NumberSeries;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the next number of a series in the caller's transaction. The counter
 * row of the series and period is locked ({@code select ... for update}) until
 * that transaction ends: a concurrent taker waits and then reads the advanced
 * counter, and a rollback takes the advance back with the document, so the
 * numbers that exist are gapless and never repeat.
 */
@Service
class HostDocumentNumbers implements DocumentNumbers {

    private final DeclaredNumberSeries declared;
    private final NumberSeriesRows rows;
    private final Clock clock;

    HostDocumentNumbers(DeclaredNumberSeries declared, NumberSeriesRows rows, Clock clock) {
        this.declared = declared;
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String series, LocalDate documentDate) {
        Objects.requireNonNull(documentDate, "documentDate");
        NumberSeries declaration = declared.find(series).orElseThrow(() -> new IllegalArgumentException(
                "No feature or installed module declares the number series '" + series + "'"));
        long tenantId = TenantContext.require();
        rows.insertDefaults(tenantId, declaration, clock.instant());
        // A share lock: a settings change waits until this number's document is committed, so the
        // pattern and reset read here are the ones in force when the number becomes visible.
        TenantSeries settings = rows.find(tenantId, declaration, " for share").orElseThrow();
        String period = settings.reset().period(documentDate);
        long number = rows.lockCounter(tenantId, series, period) + 1;
        rows.advanceCounter(tenantId, series, period, number);
        return settings.parsedPattern().format(settings.prefix(), documentDate, number);
    }
}
