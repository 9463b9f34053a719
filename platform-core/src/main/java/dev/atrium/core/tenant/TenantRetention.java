package dev.atrium.core.tenant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a closed tenant's records are kept before an operator may purge them: accounting records must
 * be kept for years (ten in several countries), so the default is ten years; a deployment sets its own with
 * {@code ATRIUM_TENANTS_RETENTION} (an ISO period such as {@code P6Y}).
 */
@Component
public class TenantRetention {

    private final Period period;

    TenantRetention(@Value("${atrium.tenants.retention:P10Y}") Period period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("atrium.tenants.retention must be a positive period, not " + period);
        }
        this.period = period;
    }

    public Period period() {
        return period;
    }

    /** The tenant's own calendar day of closing, plus the period: the first day it may be purged. */
    LocalDate retainedUntil(Instant closedAt, ZoneId tenantZone) {
        return LocalDate.ofInstant(closedAt, tenantZone).plus(period);
    }
}
