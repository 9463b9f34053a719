package dev.atrium.core.identity;

import java.io.Serializable;
import java.time.Instant;

/**
 * Which tenant's sign-in page the credentials were typed into, and when: a
 * session signed in before its user's password changed ends.
 */
record TenantLoginDetails(String tenantSlug, Instant signedInAt) implements Serializable {
}
