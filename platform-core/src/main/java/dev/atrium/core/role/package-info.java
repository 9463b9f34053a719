/**
 * Roles and rights: each tenant's roles (the three built-in ones it starts with, and its own), the rights each
 * holds per feature and action, Setup → Roles and its API, and the refusal that names a missing right and who
 * can grant it. The users' side (which role a user holds) is {@code identity}'s; the rights a request holds are
 * read by the tenant binding from the tables kept here.
 */
@ApplicationModule(displayName = "Roles",
        allowedDependencies = {"database", "module", "principal", "problem", "tenancy", "web"})
package dev.atrium.core.role;

import org.springframework.modulith.ApplicationModule;
