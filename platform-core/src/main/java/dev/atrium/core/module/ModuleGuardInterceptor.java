package dev.atrium.core.module;

import dev.atrium.core.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses every request a module's controller would answer for a tenant that
 * has not activated the module. Which module a handler belongs to is known
 * from its registration, so no URL of a module can slip past.
 */
final class ModuleGuardInterceptor implements HandlerInterceptor {

    private final ModuleHandlers handlers;
    private final Supplier<ModuleGuard> guard;

    /** The guard is looked up on first use: the web layer is built before the persistence it reads. */
    ModuleGuardInterceptor(ModuleHandlers handlers, Supplier<ModuleGuard> guard) {
        this.handlers = handlers;
        this.guard = SingletonSupplier.of(guard);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            handlers.moduleOf(method).ifPresent(moduleKey ->
                    // No tenant bound means no tenant that could have activated it.
                    guard.get().requireActive(TenantContext.current().orElse(TenantContext.NO_TENANT), moduleKey));
        }
        return true;
    }
}
