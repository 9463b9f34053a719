/**
 * Shared web infrastructure: layout, menu, request ids, sessions, keyset lists and CSV. Features build
 * their pages on it; it knows only the principal (for the menu), problems and Redis (for sessions).
 */
@ApplicationModule(displayName = "Web", allowedDependencies = {"principal", "problem", "redis"})
package dev.atrium.core.web;

import org.springframework.modulith.ApplicationModule;
