/**
 * Shared kernel: the request's tenant and the transaction hook that hands it to the database. Every
 * feature that touches a tenant row needs it, so it depends on nothing of the core.
 */
@ApplicationModule(displayName = "Tenancy", allowedDependencies = {})
package dev.atrium.core.tenancy;

import org.springframework.modulith.ApplicationModule;
