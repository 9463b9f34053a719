package dev.atrium.core.identity.throttle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed attempts the throttle lets through ({@code atrium.sign-in.throttle.*}). Each limit is a number
 * of failures per window; the window starts at the first failure, and when the failures are used up the account
 * or address is refused until the window ends.
 *
 * @param accountFailures          failures per account (a tenant's user, an operator) over {@code accountWindow}:
 *                                 short, so a locked-out owner waits minutes, never longer than one window
 * @param addressFailures          failures per client address, over every account, on one way in
 * @param addressSustainedFailures a longer window per client address: an address that keeps failing waits
 *                                 longer and longer, up to this window
 * @param knownAddressWindow       how long an address where an account signed in successfully is remembered:
 *                                 there the account has a counter of its own, so others' failures elsewhere
 *                                 never lock its owner out
 */
@ConfigurationProperties("atrium.sign-in.throttle")
public record SignInThrottleProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5") int accountFailures,
        @DefaultValue("15m") Duration accountWindow,
        @DefaultValue("20") int addressFailures,
        @DefaultValue("15m") Duration addressWindow,
        @DefaultValue("100") int addressSustainedFailures,
        @DefaultValue("24h") Duration addressSustainedWindow,
        @DefaultValue("30d") Duration knownAddressWindow) {

    public SignInThrottleProperties {
        check(accountFailures, accountWindow);
        check(addressFailures, addressWindow);
        check(addressSustainedFailures, addressSustainedWindow);
        check(1, knownAddressWindow);
    }

    private static void check(int failures, Duration window) {
        if (failures < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("atrium.sign-in.throttle: a limit needs at least one failure "
                    + "and a positive window, not " + failures + " per " + window);
        }
    }
}
