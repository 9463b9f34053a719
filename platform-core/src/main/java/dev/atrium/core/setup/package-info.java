/** The Setup menu's entries of the core. */
@ApplicationModule(displayName = "Setup", allowedDependencies = {"principal", "web"})
package dev.atrium.core.setup;

import org.springframework.modulith.ApplicationModule;
