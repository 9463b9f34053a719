package dev.atrium.core.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /**
     * BCrypt today; the delegating encoder's {@code {id}} prefix lets hashes move to a stronger one later.
     * Wrapped so a password longer than BCrypt reads never matches (operators' too: they share this bean).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new WholePasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }
}
