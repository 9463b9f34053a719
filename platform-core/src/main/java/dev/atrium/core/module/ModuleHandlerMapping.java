package dev.atrium.core.module;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The host's request mapping, able to take in controllers built in a module's
 * child context and to say afterwards which module a handler came from. The
 * guard asks it, so a module's endpoints are recognised by how they were
 * registered, never by their URLs.
 */
final class ModuleHandlerMapping extends RequestMappingHandlerMapping {

    private final Map<Class<?>, String> moduleByHandlerType = new ConcurrentHashMap<>();

    void registerModuleController(String moduleKey, Object controller) {
        moduleByHandlerType.put(ClassUtils.getUserClass(controller), moduleKey);
        detectHandlerMethods(controller);
    }

    /** Takes a failed module's endpoints back out, so no request reaches a closed context. */
    void unregisterModule(String moduleKey) {
        getHandlerMethods().forEach((mapping, handler) -> {
            if (moduleKey.equals(moduleByHandlerType.get(handler.getBeanType()))) {
                unregisterMapping(mapping);
            }
        });
        moduleByHandlerType.values().removeIf(moduleKey::equals);
    }

    Optional<String> moduleOf(HandlerMethod handler) {
        return Optional.ofNullable(moduleByHandlerType.get(handler.getBeanType()));
    }
}
