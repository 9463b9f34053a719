package dev.atrium.core.tenant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/**
 * What other features may know of a tenant. {@code closedAt} and {@code retainedUntil} are null until the
 * tenant is closed.
 */
public record TenantSummary(long id, String slug, String name, TenantStatus status, Currency defaultCurrency,
        Locale locale, ZoneId timeZone, Instant createdAt, Instant closedAt, LocalDate retainedUntil) {

    static TenantSummary of(Tenant tenant) {
        return new TenantSummary(tenant.getId(), tenant.getSlug(), tenant.getName(), tenant.getStatus(),
                tenant.getDefaultCurrency(), tenant.getLocale(), tenant.getTimeZone(), tenant.getCreatedAt(),
                tenant.getClosedAt(), tenant.getRetainedUntil());
    }

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
