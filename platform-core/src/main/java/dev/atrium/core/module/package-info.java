/** Plugin modules: loading, per-tenant activation, the guard, and the host services handed to modules. */
@ApplicationModule(displayName = "Modules",
        allowedDependencies = {"database", "principal", "problem", "redis", "tenancy", "tenant", "web"})
package dev.atrium.core.module;

import org.springframework.modulith.ApplicationModule;
