package dev.atrium.core.identity.security;

import dev.atrium.core.identity.user.PasswordPolicy;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Makes every byte of a password count: BCrypt reads only the first
 * {@value PasswordPolicy#MAX_BYTES}, so a longer password whose start matched
 * would sign in. No password we set is longer ({@link PasswordPolicy}), so a
 * longer one never matches. It is still hashed, so it answers in the time a
 * wrong password does and tells nobody anything.
 */
final class WholePasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    WholePasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || tooLong(rawPassword)) {
            // Spent only to take as long as a wrong password: the answer is no either way.
            delegate.matches("", encodedPassword);
            return false;
        }
        return delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static boolean tooLong(CharSequence rawPassword) {
        return rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES;
    }
}
