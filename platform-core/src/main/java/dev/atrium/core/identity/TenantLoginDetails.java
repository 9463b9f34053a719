package dev.atrium.core.identity;

import java.io.Serializable;

/** Which tenant's sign-in page the credentials were typed into. */
record TenantLoginDetails(String tenantSlug) implements Serializable {
}
