/** The platform's register of tenants: created, suspended, closed and purged by operators. */
@ApplicationModule(displayName = "Tenants", allowedDependencies = {"problem"})
package dev.atrium.core.tenant;

import org.springframework.modulith.ApplicationModule;
