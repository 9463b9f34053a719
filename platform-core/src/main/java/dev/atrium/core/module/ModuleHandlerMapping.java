package dev.atrium.core.module;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The host's request mapping, able to take in a controller built in a
 * module's child context (and to take its endpoints out again if the module
 * fails to start).
 */
final class ModuleHandlerMapping extends RequestMappingHandlerMapping {

    void registerController(Object controller) {
        detectHandlerMethods(controller);
    }

    void unregisterModule(String moduleKey, ModuleHandlers handlers) {
        getHandlerMethods().forEach((mapping, handler) -> {
            if (handlers.belongsTo(moduleKey, handler)) {
                unregisterMapping(mapping);
            }
        });
    }
}
