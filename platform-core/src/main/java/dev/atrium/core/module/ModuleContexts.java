package dev.atrium.core.module;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.plugin.event.HostEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;

/**
 * One Spring child context per installed module, built once every host
 * singleton exists and before the web server opens: the module's beans see the
 * host's (its {@code EntityManager}, transaction manager, validator), the host
 * sees none of the module's, and its controllers join the host's request
 * mapping. A module's context receives the exports of the modules it requires
 * ({@link ModuleExports}), so contexts start in requires order. A module whose
 * context fails is taken out and logged; the others and the platform carry on.
 */
final class ModuleContexts implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ModuleContexts.class);

    private final ApplicationContext host;
    private final InstalledModules modules;
    private final ModuleHandlerMapping handlerMapping;
    private final ModuleHandlers handlers;
    private final ModuleExports exports;
    private final Map<String, ConfigurableApplicationContext> contexts = new ConcurrentHashMap<>();

    ModuleContexts(ApplicationContext host, InstalledModules modules, ModuleHandlerMapping handlerMapping,
            ModuleHandlers handlers, ModuleExports.ActiveCheck exporterActive) {
        this.host = host;
        this.modules = modules;
        this.handlerMapping = handlerMapping;
        this.handlers = handlers;
        this.exports = new ModuleExports(exporterActive);
    }

    @Override
    public void afterSingletonsInstantiated() {
        // A module receives the exports of those it requires: they must be started first.
        for (InstalledModule module : ModuleExports.inRequiresOrder(modules.all())) {
            try {
                start(module);
            } catch (RuntimeException | LinkageError e) {
                handlerMapping.unregisterModule(module.key(), handlers);
                handlers.forget(module.key());
                Optional.ofNullable(contexts.remove(module.key())).ifPresent(ConfigurableApplicationContext::close);
                modules.skip(module, "its Spring context failed: " + e);
                log.debug("Context of module {} failed", module.key(), e);
            }
        }
    }

    private void start(InstalledModule module) {
        List<Class<?>> configuration = module.module().configurationClasses();
        if (configuration.isEmpty()) {
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(module.classLoader());
        try {
            AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
            context.setId(host.getId() + ":module-" + module.key());
            context.setDisplayName("module " + module.key());
            context.setParent(host);
            context.setClassLoader(module.classLoader());
            context.register(ModuleMethodSecurity.class);
            context.register(configuration.toArray(Class<?>[]::new));
            exports.offer(module, contexts, context);
            contexts.put(module.key(), context);
            context.refresh();
            List<String> controllers = new ArrayList<>();
            for (String name : context.getBeanDefinitionNames()) {
                Class<?> type = context.getType(name);
                if (type != null && AnnotatedElementUtils.hasAnnotation(type, Controller.class)) {
                    handlers.register(module.key(), ClassUtils.getUserClass(type));
                    ModuleApiDocumentation.include(ClassUtils.getUserClass(type));
                    handlerMapping.registerController(context.getBean(name));
                    controllers.add(type.getSimpleName());
                }
            }
            log.info("Module '{}' started its context with controllers {}", module.key(), controllers);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Tells every module context's listeners of {@code event}, with its tenant bound and on the module's class
     * loader. Through each child's own multicaster: {@code publishEvent} on a child would hand the event to the
     * host again. One module's failing listener is logged and the others still hear it.
     */
    void deliver(HostEvent event) {
        for (InstalledModule module : modules.all()) {
            ConfigurableApplicationContext context = contexts.get(module.key());
            if (context == null || !context.isActive()) {
                continue;
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(module.classLoader());
            try {
                ApplicationEventMulticaster multicaster = context.getBean(
                        AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
                TenantContext.runAs(event.tenantId(),
                        () -> multicaster.multicastEvent(new PayloadApplicationEvent<>(context, event)));
            } catch (RuntimeException | LinkageError e) {
                // The exception's message may carry the tenant's data: its type here, the rest at debug.
                log.warn("Module '{}' failed handling {}: {}", module.key(), event.getClass().getSimpleName(),
                        e.getClass().getName());
                log.debug("Module {} failed handling an event", module.key(), e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** The export interfaces {@code moduleKey}'s context received from the modules it requires, by name. */
    List<String> exportsReceivedBy(String moduleKey) {
        return exports.receivedBy(moduleKey);
    }

    /** The module's own context, or the host's for a module that brought no beans. */
    ApplicationContext contextOf(String moduleKey) {
        return contexts.getOrDefault(moduleKey, (ConfigurableApplicationContext) host);
    }

    /** The module's own context while it runs; empty for a module that brought no beans or whose context failed. */
    Optional<ApplicationContext> ownContextOf(String moduleKey) {
        return Optional.ofNullable(contexts.get(moduleKey)).filter(ConfigurableApplicationContext::isActive)
                .map(ApplicationContext.class::cast);
    }

    @Override
    public void destroy() {
        contexts.values().forEach(ConfigurableApplicationContext::close);
        contexts.clear();
    }
}
