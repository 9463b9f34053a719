package dev.atrium.core.module;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;

/** Which module registered which controller: what the guard goes by, never the URL. */
final class ModuleHandlers {

    private final Map<Class<?>, String> moduleByControllerType = new ConcurrentHashMap<>();

    void register(String moduleKey, Class<?> controllerType) {
        moduleByControllerType.put(controllerType, moduleKey);
    }

    void forget(String moduleKey) {
        moduleByControllerType.values().removeIf(moduleKey::equals);
    }

    boolean belongsTo(String moduleKey, HandlerMethod handler) {
        return moduleKey.equals(moduleByControllerType.get(handler.getBeanType()));
    }

    Optional<String> moduleOf(HandlerMethod handler) {
        return Optional.ofNullable(moduleByControllerType.get(handler.getBeanType()));
    }
}
