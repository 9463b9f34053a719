/**
 * Tenant users and the ways in: {@code security} (filter chains), {@code binding} (the principal's tenant for
 * the request), {@code token} (personal API tokens), {@code user} (accounts, Setup → Users, passwords) and
 * {@code throttle}. All of it is internal but the {@code users} interface, which provisioning uses to create
 * a tenant's first users.
 */
@ApplicationModule(displayName = "Identity",
        allowedDependencies = {"database", "mail", "principal", "problem", "redis", "role", "tenancy", "tenant"})
package dev.atrium.core.identity;

import org.springframework.modulith.ApplicationModule;
