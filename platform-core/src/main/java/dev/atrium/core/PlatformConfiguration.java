package dev.atrium.core;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Platform-wide beans that belong to no single feature. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Billing and renewals read time from here, so tests move it instead of sleeping. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
