package dev.atrium.core.module;

import dev.atrium.core.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;

/**
 * Asks the modules the bound tenant has active, through beans of an extension point's type in their own child
 * contexts (a {@code DocumentLinkProvider}), the way the host asks them for menu entries: a module the tenant has
 * not activated is never asked, so its data cannot leak into the tenant's pages.
 *
 * <pre>{@code
 * List<LinkedDocument> described = activeModules.ask(DocumentLinkProvider.class, provider -> provider.describe(ids));
 * }</pre>
 */
public final class ActiveModuleBeans {

    private final Supplier<ModuleContexts> contexts;
    private final InstalledModules installed;
    private final LongFunction<Set<String>> activeModules;

    ActiveModuleBeans(Supplier<ModuleContexts> contexts, InstalledModules installed,
            LongFunction<Set<String>> activeModules) {
        this.contexts = contexts;
        this.installed = installed;
        this.activeModules = activeModules;
    }

    /**
     * What {@code question} answers for each bean of {@code type} in the contexts of the modules the bound tenant
     * has active, in the order the modules were installed; each asked on its module's class loader. None without a
     * bound tenant, or on a node that starts no module context.
     */
    public <T, R> List<R> ask(Class<T> type, Function<? super T, ? extends R> question) {
        ModuleContexts started = contexts.get();
        long tenantId = TenantContext.current().orElse(TenantContext.NO_TENANT);
        if (started == null || tenantId == TenantContext.NO_TENANT) {
            return List.of();
        }
        Set<String> active = activeModules.apply(tenantId);
        List<R> answers = new ArrayList<>();
        for (InstalledModule module : installed.all()) {
            Optional<ApplicationContext> context = started.ownContextOf(module.key());
            if (!active.contains(module.key()) || context.isEmpty()) {
                continue;
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(module.classLoader());
            try {
                for (T bean : context.get().getBeansOfType(type).values()) {
                    answers.add(question.apply(bean));
                }
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
        return answers;
    }
}
