package dev.atrium.core.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

class PasswordConfigurationTest {

    @Test
    void productionHashesPasswordsWithBCryptStrengthTen() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        int strength = environment.getRequiredProperty("atrium.passwords.bcrypt-strength", Integer.class);

        String hash = new PasswordConfiguration().passwordEncoder(strength).encode("a-password");

        assertThat(hash).as("the default cost in application.yml").startsWith("{bcrypt}$2a$10$");
    }

    @Test
    void theConfiguredStrengthIsTheCostOfNewHashesAndOldHashesStillMatch() {
        String strong = new PasswordConfiguration().passwordEncoder(10).encode("a-password");

        var cheap = new PasswordConfiguration().passwordEncoder(4);

        assertThat(cheap.encode("a-password")).startsWith("{bcrypt}$2a$04$");
        assertThat(cheap.matches("a-password", strong)).as("a hash made at another cost").isTrue();
    }

    @Test
    void aStrengthBCryptCannotUseIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new PasswordConfiguration().passwordEncoder(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("atrium.passwords.bcrypt-strength");
    }
}
