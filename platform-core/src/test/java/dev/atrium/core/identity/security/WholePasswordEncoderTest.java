package dev.atrium.core.identity.security;

import dev.atrium.core.identity.user.PasswordPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class WholePasswordEncoderTest {

    /** The cheapest BCrypt: what is tested is which bytes count, not the cost. */
    private final PasswordEncoder bcrypt = new DelegatingPasswordEncoder("bcrypt",
            Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    private final PasswordEncoder encoder = new WholePasswordEncoder(bcrypt);

    private final String longest = "seventy-two-bytes-" + "x".repeat(PasswordPolicy.MAX_BYTES - 18);

    @Test
    void aPasswordLongerThanBCryptReadsNeverMatchesTheHashOfItsFirstSeventyTwoBytes() {
        String hash = encoder.encode(longest);
        assertThat(encoder.matches(longest + "!", hash)).as("72 matching bytes and one more").isFalse();
        assertThat(encoder.matches(longest + "é", hash)).as("72 matching bytes and a two-byte character").isFalse();
        assertThat(encoder.matches(longest, hash)).as("the 72 bytes themselves").isTrue();
    }

    @Test
    void ordinaryPasswordsMatchAsBefore() {
        String hash = encoder.encode("an-ordinary-password");
        assertThat(encoder.matches("an-ordinary-password", hash)).isTrue();
        assertThat(encoder.matches("an-ordinary-passwore", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }
}
