package dev.atrium.core.identity.throttle;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/**
 * Refused before the credentials are looked at: too many failures for this account or client address. Right or
 * wrong credentials get this same answer until the window ends, or the lockout would tell a guesser when the
 * guess was right. An {@link AccountStatusException}, so an authentication manager stops at it rather than
 * asking another provider.
 */
public class TooManyAttemptsException extends AccountStatusException {

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super(message(minutesOf(retryAfter)));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes, rounded up, at least one: "try again in 0 minutes" would be a lie. */
    public long minutes() {
        return minutesOf(retryAfter);
    }

    /** For {@code Retry-After}: whole seconds, rounded up, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public static String message(long minutes) {
        return "Too many attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    private static long minutesOf(Duration retryAfter) {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
