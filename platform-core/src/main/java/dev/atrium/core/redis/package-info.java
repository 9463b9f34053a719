/** Shared kernel: the optional Redis connection and its namespacing, used by caches, sessions and throttles. */
@ApplicationModule(displayName = "Redis", allowedDependencies = {})
package dev.atrium.core.redis;

import org.springframework.modulith.ApplicationModule;
