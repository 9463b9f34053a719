package dev.atrium.core.module;

import dev.atrium.plugin.module.ModuleExport;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Hands what a module exports ({@link ModuleExport} interfaces its beans implement) to the child contexts of the
 * modules that require it, and to no other: sibling contexts never see each other's beans, so this is the only
 * road between two modules, and it runs past the exporter's activation for the caller's tenant on every call.
 */
final class ModuleExports {

    /** Refuses, with the host's problem, a call into {@code moduleKey} for a tenant that has not activated it. */
    @FunctionalInterface
    interface ActiveCheck {
        void requireActive(String moduleKey);
    }

    private final ActiveCheck exporterActive;
    private final Map<String, List<String>> received = new ConcurrentHashMap<>();

    ModuleExports(ActiveCheck exporterActive) {
        this.exporterActive = exporterActive;
    }

    /**
     * Registers in {@code context}, before it refreshes, one bean per export of each module {@code module}
     * requires directly. A module it requires only through another is not its business: it asks that one.
     */
    void offer(InstalledModule module, Map<String, ConfigurableApplicationContext> started,
            GenericApplicationContext context) {
        List<String> names = new ArrayList<>();
        for (String required : module.descriptor().requires()) {
            ConfigurableApplicationContext exporter = started.get(required);
            if (exporter == null) {
                continue;
            }
            exportsOf(exporter).forEach((type, bean) -> {
                Object proxy = proxy(required, type, bean, exporter.getClassLoader());
                registerExport(context, type, proxy);
                names.add(type.getName());
            });
        }
        received.put(module.key(), List.copyOf(names));
    }

    @SuppressWarnings("unchecked")
    private static <T> void registerExport(GenericApplicationContext context, Class<T> type, Object proxy) {
        context.registerBean("export:" + type.getName(), type, () -> (T) proxy);
    }

    List<String> receivedBy(String moduleKey) {
        return received.getOrDefault(moduleKey, List.of());
    }

    /** Each export interface of the exporter's own beans (not its parent's, the host's), with the bean. */
    private static Map<Class<?>, Object> exportsOf(ConfigurableApplicationContext exporter) {
        Map<Class<?>, Object> exports = new LinkedHashMap<>();
        for (String name : exporter.getBeanFactory().getBeanDefinitionNames()) {
            Class<?> type = exporter.getType(name);
            if (type == null) {
                continue;
            }
            for (Class<?> candidate : ClassUtils.getAllInterfacesForClassAsSet(type)) {
                if (candidate.isAnnotationPresent(ModuleExport.class)) {
                    Object previous = exports.putIfAbsent(candidate, exporter.getBean(name));
                    if (previous != null) {
                        throw new IllegalStateException("module context " + exporter.getDisplayName()
                                + " has two beans exporting " + candidate.getName());
                    }
                }
            }
        }
        return exports;
    }

    private Object proxy(String exporterKey, Class<?> type, Object bean, ClassLoader exporterLoader) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(self, method, args, exporterKey, type);
            }
            exporterActive.requireActive(exporterKey);
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(exporterLoader);
            try {
                return method.invoke(bean, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                thread.setContextClassLoader(previous);
            }
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object objectMethod(Object self, Method method, Object[] args, String exporterKey, Class<?> type) {
        return switch (method.getName()) {
            case "equals" -> self == args[0];
            case "hashCode" -> System.identityHashCode(self);
            default -> "export " + type.getName() + " of module " + exporterKey;
        };
    }

    /**
     * {@code modules} with every module after those it requires; the loader already dropped modules whose
     * requirements are missing, and a cycle (which the descriptors cannot express on purpose) keeps its order.
     */
    static List<InstalledModule> inRequiresOrder(List<InstalledModule> modules) {
        Map<String, InstalledModule> byKey = new LinkedHashMap<>();
        modules.forEach(module -> byKey.put(module.key(), module));
        Set<String> placed = new LinkedHashSet<>();
        for (InstalledModule module : modules) {
            place(module, byKey, placed, new LinkedHashSet<>());
        }
        return placed.stream().map(byKey::get).toList();
    }

    private static void place(InstalledModule module, Map<String, InstalledModule> byKey, Set<String> placed,
            Set<String> visiting) {
        if (placed.contains(module.key()) || !visiting.add(module.key())) {
            return;
        }
        for (String required : module.descriptor().requires()) {
            InstalledModule dependency = byKey.get(required);
            if (dependency != null) {
                place(dependency, byKey, placed, visiting);
            }
        }
        placed.add(module.key());
    }
}
