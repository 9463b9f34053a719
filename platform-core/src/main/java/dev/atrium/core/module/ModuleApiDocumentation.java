package dev.atrium.core.module;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Module endpoints in {@code /v3/api-docs}. springdoc documents a handler
 * method only when its bean is one of the host context's controllers, and a
 * module's controllers live in the module's child context: each is named to
 * springdoc as it joins the host's request mapping. Every operation of a
 * module is then tagged {@code Module: <name>} and carries
 * {@code x-atrium-module: <key>}, so a client sees what it needs activated.
 */
@Configuration(proxyBeanMethods = false)
class ModuleApiDocumentation {

    static final String EXTENSION = "x-atrium-module";

    /** Called for each controller type a module registers, before the document is first built. */
    static void include(Class<?> controllerType) {
        SpringDocUtils.getConfig().addRestControllers(controllerType);
    }

    /** Global: the tenant API's group marks them too, not only the default document. */
    @Bean
    GlobalOperationCustomizer moduleOperations(ModuleHandlers handlers, InstalledModules modules) {
        return (operation, handler) -> {
            handlers.moduleOf(handler).ifPresent(key -> mark(operation, key, modules.find(key)
                    .map(module -> module.descriptor().name()).orElse(key),
                    AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), Tag.class)));
            return operation;
        };
    }

    private static void mark(Operation operation, String key, String name, boolean ownTags) {
        List<String> tags = new ArrayList<>();
        // springdoc names an untagged controller after its class: the module's name says more.
        if (ownTags && operation.getTags() != null) {
            tags.addAll(operation.getTags());
        }
        tags.add("Module: " + name);
        operation.setTags(tags);
        operation.addExtension(EXTENSION, key);
    }
}
