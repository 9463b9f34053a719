package dev.atrium.core.identity.security;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /**
     * BCrypt today; the delegating encoder's {@code {id}} prefix lets hashes move to a stronger one later.
     * Wrapped so a password longer than BCrypt reads never matches (operators' too: they share this bean).
     * The strength is a property so the test suite, which hashes thousands of passwords, can use the
     * cheapest one; production keeps 10 ({@code application.yml}).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${atrium.passwords.bcrypt-strength:10}") int bcryptStrength) {
        return new WholePasswordEncoder(bcrypt(bcryptStrength));
    }

    static PasswordEncoder bcrypt(int strength) {
        if (strength < 4 || strength > 31) {
            throw new IllegalArgumentException(
                    "atrium.passwords.bcrypt-strength must be between 4 and 31, was " + strength);
        }
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }
}
