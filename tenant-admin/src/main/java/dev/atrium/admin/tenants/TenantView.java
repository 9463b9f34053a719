package dev.atrium.admin.tenants;

import dev.atrium.core.tenant.TenantService;
import dev.atrium.core.tenant.TenantStatus;
import dev.atrium.core.tenant.TenantSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A tenant as operators see it. */
record TenantView(long id, String slug, String name, TenantStatus status, String defaultCurrency, String locale,
        String timeZone, Instant createdAt, Instant closedAt, LocalDate retainedUntil) {

    static TenantView of(TenantSummary tenant) {
        return new TenantView(tenant.id(), tenant.slug(), tenant.name(), tenant.status(),
                tenant.defaultCurrency().getCurrencyCode(), tenant.locale().toLanguageTag(), tenant.timeZone().getId(),
                tenant.createdAt(), tenant.closedAt(), tenant.retainedUntil());
    }

    /** Every tenant, or those with {@code status} when one is given; operators count tenants in thousands at most. */
    static List<TenantView> list(TenantService tenants, TenantStatus status) {
        return tenants.list().stream()
                .filter(tenant -> status == null || tenant.status() == status)
                .map(TenantView::of)
                .toList();
    }
}
