/** Setup > Company: the company's name, legal details, defaults and logo, and the first sign-in's questions. */
@ApplicationModule(displayName = "Company",
        allowedDependencies = {"principal", "problem", "tenancy", "tenant", "web"})
package dev.atrium.core.company;

import org.springframework.modulith.ApplicationModule;
