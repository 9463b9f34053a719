package dev.atrium.core.tenant;

import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.RuleViolationException;
import java.time.Clock;
import java.util.List;
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
    private final ApplicationEventPublisher events;

    TenantService(TenantRepository tenants, Clock clock, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.clock = clock;
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

    /** Deletes the tenant and, through the cascading foreign keys, every row it owns. */
    @Transactional
    public void delete(long id) {
        Tenant tenant = tenants.findById(id).orElseThrow(() -> new NotFoundException("Tenant", id));
        tenants.delete(tenant);
        events.publishEvent(new TenantChanged(id));
    }
}
