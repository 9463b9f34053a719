package dev.atrium.core.identity.throttle;

import java.util.Optional;
import java.util.function.Function;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Puts the throttle in front of a password check: refused while locked, whatever the password; each wrong
 * password counted, each right one remembered. Other refusals (a suspended company) come with right
 * credentials and are not failures.
 */
public final class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Function<Authentication, Optional<SignInAttempt>> attemptOf;

    /**
     * @param attemptOf the attempt an authentication request stands for; empty when {@code passwords} would not
     *                  handle it, so nothing is counted
     */
    public ThrottledAuthentication(AuthenticationProvider passwords, SignInThrottle throttle,
            Function<Authentication, Optional<SignInAttempt>> attemptOf) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.attemptOf = attemptOf;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Optional<SignInAttempt> attempt = attemptOf.apply(authentication);
        if (attempt.isEmpty()) {
            return passwords.authenticate(authentication);
        }
        throttle.check(attempt.get());
        try {
            Authentication authenticated = passwords.authenticate(authentication);
            if (authenticated != null) {
                throttle.succeeded(attempt.get());
            }
            return authenticated;
        } catch (BadCredentialsException e) {
            throttle.failed(attempt.get());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
