package dev.atrium.core.web;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query parameters and form fields read enum values whatever their case
 * ({@code ?relation=customer}), as people type them in URLs; JSON bodies stay
 * exact, as their schema says.
 */
@Configuration(proxyBeanMethods = false)
class LenientParameters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        ApplicationConversionService.addApplicationConverters(registry);
    }
}
