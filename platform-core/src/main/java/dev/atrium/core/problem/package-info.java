/**
 * Shared kernel: RFC 9457 answers for every error. Any feature may throw what it turns into a problem; it
 * knows no feature, so an error path never drags one in.
 */
@ApplicationModule(displayName = "Problems", allowedDependencies = {})
package dev.atrium.core.problem;

import org.springframework.modulith.ApplicationModule;
