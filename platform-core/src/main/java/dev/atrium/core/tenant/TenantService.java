package dev.atrium.core.tenant;

import dev.atrium.core.problem.Problems;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The platform's register of tenants: looked up at sign-in, changed by operators. */
@Service
public class TenantService {

    private final TenantRepository tenants;
    private final Clock clock;
    private final TenantRetention retention;
    private final TenantPurge purge;
    private final ApplicationEventPublisher events;

    TenantService(TenantRepository tenants, Clock clock, TenantRetention retention, TenantPurge purge,
            ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.clock = clock;
        this.retention = retention;
        this.purge = purge;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<TenantSummary> findBySlug(String slug) {
        return tenants.findBySlug(slug).map(TenantSummary::of);
    }

    @Transactional(readOnly = true)
    public Optional<TenantSummary> findById(long id) {
        return tenants.findById(id).map(TenantSummary::of);
    }

    @Transactional(readOnly = true)
    public TenantSummary get(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("Tenant", id));
    }

    @Transactional(readOnly = true)
    public List<TenantSummary> list() {
        return tenants.findAllByOrderBySlugAsc().stream().map(TenantSummary::of).toList();
    }

    /** Creates the tenant row; the caller's transaction also creates its owner. */
    @Transactional
    public TenantSummary create(NewTenant tenant) {
        if (tenants.existsBySlug(tenant.slug())) {
            throw new RuleViolationException("tenant-slug-taken", "Slug already taken",
                    "A tenant with slug '" + tenant.slug() + "' already exists.", Map.of("slug", tenant.slug()));
        }
        Tenant created = tenants.saveAndFlush(new Tenant(tenant.slug(), tenant.name(), tenant.defaultCurrency(),
                tenant.locale(), tenant.timeZone(), clock.instant()));
        return TenantSummary.of(created);
    }

    /** The company's own change of its name and defaults; the caller has checked them. */
    @Transactional
    public TenantSummary describe(long id, String name, Currency currency, Locale locale, ZoneId zone) {
        Tenant tenant = tenants.findById(id).orElseThrow(() -> new NotFoundException("Tenant", id));
        tenant.describe(name, currency, locale, zone);
        // Its language and time zone travel with every token's answer.
        events.publishEvent(new TenantChanged(id));
        return TenantSummary.of(tenant);
    }

    @Transactional
    public TenantSummary suspend(long id) {
        Tenant tenant = tenants.findById(id).orElseThrow(() -> new NotFoundException("Tenant", id));
        tenant.suspend();
        events.publishEvent(new TenantChanged(id));
        return TenantSummary.of(tenant);
    }

    @Transactional
    public TenantSummary resume(long id) {
        Tenant tenant = tenants.findById(id).orElseThrow(() -> new NotFoundException("Tenant", id));
        tenant.resume();
        events.publishEvent(new TenantChanged(id));
        return TenantSummary.of(tenant);
    }

    /**
     * The tenant stops for good: nobody of theirs signs in again, and its data is kept for the retention
     * period, counted from today in the tenant's own calendar.
     */
    @Transactional
    public TenantSummary close(long id) {
        Tenant tenant = tenants.findById(id).orElseThrow(() -> new NotFoundException("Tenant", id));
        tenant.close(clock.instant(), retention.retainedUntil(clock.instant(), tenant.getTimeZone()));
        events.publishEvent(new TenantChanged(id));
        return TenantSummary.of(tenant);
    }

    /**
     * Removes a closed tenant and every row it owns, once its retention has ended, when the operator has
     * typed its slug; an audit row keeps who purged which tenant and when.
     */
    @Transactional
    public PurgedTenant purge(long id, String confirmation, String operator) {
        TenantSummary tenant = get(id);
        if (confirmation == null || !tenant.slug().equals(confirmation.trim())) {
            throw Problems.invalidField("confirmation", "{problem.field.confirmation}");
        }
        if (tenant.status() != TenantStatus.CLOSED) {
            throw new RuleViolationException("tenant-not-closed", "Tenant not closed",
                    "Only a closed tenant can be purged; tenant '" + tenant.slug() + "' is "
                            + tenant.status().name().toLowerCase() + ". Close it first.",
                    Map.of("status", tenant.status().name()));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), tenant.timeZone());
        if (today.isBefore(tenant.retainedUntil())) {
            throw new RuleViolationException("tenant-retention-running", "Retention period not over",
                    "The records of tenant '" + tenant.slug() + "' must be kept until " + tenant.retainedUntil()
                            + "; it can be purged from that day on.",
                    Map.of("retainedUntil", tenant.retainedUntil().toString()));
        }
        PurgedTenant purged = purge.purge(tenant, operator, clock.instant());
        events.publishEvent(new TenantPurged(purged.tenantId(), purged.slug()));
        events.publishEvent(new TenantChanged(purged.tenantId()));
        return purged;
    }
}
