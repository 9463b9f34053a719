package dev.atrium.core.numbering;

import dev.atrium.plugin.numbering.NumberReset;
import dev.atrium.plugin.numbering.NumberSeries;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@code number_series} and its counters, run through the
 * transaction's own connection (so with its tenant bound). Every statement names
 * the tenant explicitly, as row-level security and a distributed table want.
 */
@Component
class NumberSeriesRows {

    private final EntityManager entityManager;

    NumberSeriesRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<TenantSeries> find(long tenantId, NumberSeries declared, String lock) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select prefix, pattern, reset from number_series
                         where tenant_id = :tenant and series = :series""" + lock, Tuple.class)
                .setParameter("tenant", tenantId).setParameter("series", declared.key())
                .getResultList();
        return rows.stream().findFirst().map(row -> new TenantSeries(declared, row.get(0, String.class),
                row.get(1, String.class), NumberReset.valueOf(row.get(2, String.class)), true));
    }

    /** Stores the defaults unless the tenant already has the series; a concurrent first taker is fine. */
    void insertDefaults(long tenantId, NumberSeries declared, Instant now) {
        entityManager.createNativeQuery("""
                        insert into number_series (tenant_id, series, prefix, pattern, reset, updated_at)
                        values (:tenant, :series, :prefix, :pattern, :reset, :now)
                        on conflict (tenant_id, series) do nothing""")
                .setParameter("tenant", tenantId).setParameter("series", declared.key())
                .setParameter("prefix", declared.defaultPrefix()).setParameter("pattern", declared.defaultPattern())
                .setParameter("reset", declared.defaultReset().name()).setParameter("now", now)
                .executeUpdate();
    }

    void save(long tenantId, String series, String prefix, String pattern, NumberReset reset, Instant now) {
        entityManager.createNativeQuery("""
                        insert into number_series (tenant_id, series, prefix, pattern, reset, updated_at)
                        values (:tenant, :series, :prefix, :pattern, :reset, :now)
                        on conflict (tenant_id, series) do update
                           set prefix = excluded.prefix, pattern = excluded.pattern, reset = excluded.reset,
                               updated_at = excluded.updated_at, version = number_series.version + 1""")
                .setParameter("tenant", tenantId).setParameter("series", series).setParameter("prefix", prefix)
                .setParameter("pattern", pattern).setParameter("reset", reset.name()).setParameter("now", now)
                .executeUpdate();
    }

    /**
     * The last number of the period's counter, with the counter row locked until
     * the transaction ends: concurrent takers queue here, one at a time.
     */
    long lockCounter(long tenantId, String series, String period) {
        entityManager.createNativeQuery("""
                        insert into number_series_counter (tenant_id, series, period, last_number)
                        values (:tenant, :series, :period, 0)
                        on conflict (tenant_id, series, period) do nothing""")
                .setParameter("tenant", tenantId).setParameter("series", series).setParameter("period", period)
                .executeUpdate();
        return ((Number) entityManager.createNativeQuery("""
                        select last_number from number_series_counter
                         where tenant_id = :tenant and series = :series and period = :period
                           for update""")
                .setParameter("tenant", tenantId).setParameter("series", series).setParameter("period", period)
                .getSingleResult()).longValue();
    }

    void advanceCounter(long tenantId, String series, String period, long lastNumber) {
        entityManager.createNativeQuery("""
                        update number_series_counter set last_number = :last
                         where tenant_id = :tenant and series = :series and period = :period""")
                .setParameter("last", lastNumber).setParameter("tenant", tenantId).setParameter("series", series)
                .setParameter("period", period)
                .executeUpdate();
    }

    /** The period's last number as committed, without waiting for a taker: for showing, never for numbering. */
    long lastNumber(long tenantId, String series, String period) {
        List<?> rows = entityManager.createNativeQuery("""
                        select last_number from number_series_counter
                         where tenant_id = :tenant and series = :series and period = :period""")
                .setParameter("tenant", tenantId).setParameter("series", series).setParameter("period", period)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.getFirst()).longValue();
    }

    boolean anyNumberTaken(long tenantId, String series) {
        return !entityManager.createNativeQuery("""
                        select 1 from number_series_counter
                         where tenant_id = :tenant and series = :series and last_number > 0 limit 1""")
                .setParameter("tenant", tenantId).setParameter("series", series)
                .getResultList().isEmpty();
    }
}
