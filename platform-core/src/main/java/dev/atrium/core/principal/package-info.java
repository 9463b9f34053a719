/**
 * Shared kernel: who is signed in, their role and the core's permissions. A leaf, so that every feature
 * (and its menu entries) can read the principal without depending on identity's sign-in machinery.
 */
@ApplicationModule(displayName = "Principal", allowedDependencies = {})
package dev.atrium.core.principal;

import org.springframework.modulith.ApplicationModule;
