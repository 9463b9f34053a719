package dev.atrium.core.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Hibernate's view of {@link TenantContext}; never null, because Flowable and Batch open sessions too. */
class CurrentTenantResolver implements CurrentTenantIdentifierResolver<Long> {

    @Override
    public Long resolveCurrentTenantIdentifier() {
        return TenantContext.current().orElse(TenantContext.NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
