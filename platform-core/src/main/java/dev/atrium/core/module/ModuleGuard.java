package dev.atrium.core.module;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers "has this tenant activated this module?", fast enough to ask on
 * every request. The web layer asks it for every handler a module
 * registered; jobs and downloads that act for a tenant ask it themselves:
 *
 * <pre>{@code
 * moduleGuard.requireActive(tenantId, "contracts");   // throws ModuleNotActiveException (404 module-not-active)
 * }</pre>
 */
public final class ModuleGuard {

    private final ActivationCache cache;
    private final InstalledModules installed;

    ModuleGuard(ActivationCache cache, InstalledModules installed) {
        this.cache = cache;
        this.installed = installed;
    }

    public boolean isActive(long tenantId, String moduleKey) {
        return installed.find(moduleKey).isPresent() && cache.activeModules(tenantId).contains(moduleKey);
    }

    public void requireActive(long tenantId, String moduleKey) {
        if (!isActive(tenantId, moduleKey)) {
            throw new ModuleNotActiveException(moduleKey,
                    installed.find(moduleKey).map(m -> m.descriptor().name()).orElse(moduleKey));
        }
    }

    /** The installed modules the tenant has active. */
    public Set<String> activeModules(long tenantId) {
        return cache.activeModules(tenantId).stream().filter(key -> installed.find(key).isPresent())
                .collect(Collectors.toUnmodifiableSet());
    }
}
