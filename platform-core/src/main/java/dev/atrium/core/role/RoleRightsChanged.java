package dev.atrium.core.role;

/**
 * The rights of one of a tenant's roles changed (Setup → Roles, or a module's defaults given at its first
 * activation), published inside the transaction that did it: what a node keeps of that tenant's users' rights must
 * be forgotten once it commits, so the change counts from each holder's next request.
 */
public record RoleRightsChanged(long tenantId) {
}
