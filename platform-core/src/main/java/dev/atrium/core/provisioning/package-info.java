/** A new tenant with its owner, announced as {@code TenantProvisioned}; the demo tenant of the quick start. */
@ApplicationModule(displayName = "Provisioning",
        allowedDependencies = {"database", "identity::users", "principal", "tenancy", "tenant"})
package dev.atrium.core.provisioning;

import org.springframework.modulith.ApplicationModule;
