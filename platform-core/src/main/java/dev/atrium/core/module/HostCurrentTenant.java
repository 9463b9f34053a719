package dev.atrium.core.module;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.tenant.TenantService;
import dev.atrium.core.tenant.TenantSummary;
import dev.atrium.plugin.context.CurrentTenant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/** The plugin API's {@link CurrentTenant}: the tenant bound to the thread, read on each call. */
class HostCurrentTenant implements CurrentTenant {

    private final TenantService tenants;
    private final Clock clock;

    HostCurrentTenant(TenantService tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    private TenantSummary tenant() {
        return tenants.get(TenantContext.require());
    }

    @Override
    public long id() {
        return TenantContext.require();
    }

    @Override
    public String slug() {
        return tenant().slug();
    }

    @Override
    public String name() {
        return tenant().name();
    }

    @Override
    public ZoneId zone() {
        return tenant().timeZone();
    }

    @Override
    public Locale locale() {
        return tenant().locale();
    }

    @Override
    public Currency currency() {
        return tenant().defaultCurrency();
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }
}
