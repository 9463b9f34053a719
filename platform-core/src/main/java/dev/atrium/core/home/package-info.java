/** The tenant's home page and the platform's front door. */
@ApplicationModule(displayName = "Home", allowedDependencies = {"principal", "tenant"})
package dev.atrium.core.home;

import org.springframework.modulith.ApplicationModule;
