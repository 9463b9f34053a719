/** Gapless document numbers per tenant, series and period, and Setup → Numbering. */
@ApplicationModule(displayName = "Numbering",
        allowedDependencies = {"principal", "problem", "tenancy", "tenant", "web"})
package dev.atrium.core.numbering;

import org.springframework.modulith.ApplicationModule;
