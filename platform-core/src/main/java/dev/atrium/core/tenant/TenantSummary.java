package dev.atrium.core.tenant;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/** What other features may know of a tenant. */
public record TenantSummary(long id, String slug, String name, TenantStatus status, Currency defaultCurrency,
        Locale locale, ZoneId timeZone, Instant createdAt) {

    static TenantSummary of(Tenant tenant) {
        return new TenantSummary(tenant.getId(), tenant.getSlug(), tenant.getName(), tenant.getStatus(),
                tenant.getDefaultCurrency(), tenant.getLocale(), tenant.getTimeZone(), tenant.getCreatedAt());
    }

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
