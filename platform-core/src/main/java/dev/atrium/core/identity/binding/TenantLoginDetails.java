package dev.atrium.core.identity.binding;

import java.io.Serializable;
import java.time.Instant;

/**
 * Which tenant's sign-in page the credentials were typed into, and when: a
 * session signed in before its user's password changed ends. The client's
 * address is what the sign-in throttle counts failures by.
 */
public record TenantLoginDetails(String tenantSlug, Instant signedInAt, String clientAddress) implements Serializable {
}
