/**
 * Shared kernel: pools, roles and migrations. Every feature may use its API; it uses no other feature, so
 * it can sit under all of them without a cycle.
 */
@ApplicationModule(displayName = "Database", allowedDependencies = {})
package dev.atrium.core.database;

import org.springframework.modulith.ApplicationModule;
