package dev.atrium.core.module;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Method security inside a module's own context: the host's interceptors do
 * not reach a child context's beans, so {@code @PreAuthorize} on a module's
 * controllers would otherwise be silently ignored.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ModuleMethodSecurity {
}
