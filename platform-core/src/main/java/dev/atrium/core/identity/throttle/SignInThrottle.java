package dev.atrium.core.identity.throttle;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Counts failed attempts to get in, per account and per client address, and refuses further attempts when
 * either has failed too often, right credentials included, until its window ends. Asked before the credentials
 * are checked ({@link #check}) and told of each failure ({@link #failed}) and success ({@link #succeeded}); a
 * lockout is audited once, when it starts.
 * <p>
 * Nobody can lock an owner out for ever: refused attempts are not counted, so a lockout ends when its window
 * does, however much is tried meanwhile; and at an address where the account signed in successfully before
 * (remembered for a while), the account has a counter of its own, so failures from elsewhere (a guesser
 * relocking the account window after window) never lock its owner out there. Guessing from that address is
 * still limited, by that counter and the address's own.
 */
public class SignInThrottle {

    private final ThrottleCounters counters;
    private final LockoutAudit audit;
    private final boolean enabled;
    private final BucketConfiguration account;
    private final BucketConfiguration address;
    /** Part of every key: a changed limit starts new counters instead of reading old ones with the new rule. */
    private final String accountRule;
    private final String addressRule;
    private final String namespace;
    private final Duration knownAddressWindow;

    SignInThrottle(ThrottleCounters counters, LockoutAudit audit, SignInThrottleProperties properties,
            String namespace) {
        this.counters = counters;
        this.audit = audit;
        this.enabled = properties.enabled();
        this.namespace = namespace;
        this.knownAddressWindow = properties.knownAddressWindow();
        this.account = BucketConfiguration.builder()
                .addLimit(limit(properties.accountFailures(), properties.accountWindow()))
                .build();
        this.address = BucketConfiguration.builder()
                .addLimit(limit(properties.addressFailures(), properties.addressWindow()))
                .addLimit(limit(properties.addressSustainedFailures(), properties.addressSustainedWindow()))
                .build();
        this.accountRule = properties.accountFailures() + "-" + properties.accountWindow().toSeconds();
        this.addressRule = properties.addressFailures() + "-" + properties.addressWindow().toSeconds() + "-"
                + properties.addressSustainedFailures() + "-" + properties.addressSustainedWindow().toSeconds();
    }

    /** The window starts at the first failure and refills all at once when it ends: "the rest of the window". */
    private static Bandwidth limit(int failures, Duration window) {
        return Bandwidth.builder().capacity(failures).refillIntervally(failures, window).build();
    }

    /** Refuses the attempt, before its credentials are looked at, while its account or address is locked. */
    public void check(SignInAttempt attempt) throws TooManyAttemptsException {
        if (!enabled) {
            return;
        }
        long waitNanos = 0;
        for (Counter counter : countersOf(attempt)) {
            EstimationProbe probe = counters.estimate(counter.key(), counter.configuration());
            if (!probe.canBeConsumed()) {
                waitNanos = Math.max(waitNanos, probe.getNanosToWaitForRefill());
                counters.noteLockout(counter.key(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
            }
        }
        if (waitNanos > 0) {
            throw new TooManyAttemptsException(Duration.ofNanos(waitNanos));
        }
    }

    /**
     * For a credential that names no account (an API token), already found valid: refuses it while this node
     * knows its address to be locked, asking no one. A lockout is announced to every node when it starts, and
     * noted by any node whose {@link #check} finds one, so a locked guesser's right guess is refused like its
     * wrong ones, which still go through {@link #check}; a valid token costs no round trip to Redis.
     */
    public void refuseIfKnownLocked(SignInAttempt attempt) throws TooManyAttemptsException {
        if (!enabled) {
            return;
        }
        Duration wait = Duration.ZERO;
        for (Counter counter : countersOf(attempt)) {
            Duration known = counters.knownLockout(counter.key(), counter.configuration());
            wait = known.compareTo(wait) > 0 ? known : wait;
        }
        if (!wait.isZero()) {
            throw new TooManyAttemptsException(wait);
        }
    }

    /** Counts a failure; the one that uses up a counter's last attempt starts (and audits) a lockout. */
    public void failed(SignInAttempt attempt) {
        if (!enabled) {
            return;
        }
        for (Counter counter : countersOf(attempt)) {
            ConsumptionProbe probe = counters.consume(counter.key(), counter.configuration());
            if (probe.isConsumed() && probe.getRemainingTokens() == 0) {
                EstimationProbe locked = counters.estimate(counter.key(), counter.configuration());
                Duration wait = Duration.ofNanos(locked.getNanosToWaitForRefill());
                counters.announceLockout(counter.key(), wait);
                audit.lockedOut(attempt, counter.scope(), wait);
            }
        }
    }

    /** Remembers where the account got in, so that it has a counter of its own there from now on. */
    public void succeeded(SignInAttempt attempt) {
        if (enabled) {
            knownAddressKey(attempt).ifPresent(key -> counters.remember(key, knownAddressWindow));
        }
    }

    private Optional<String> knownAddressKey(SignInAttempt attempt) {
        return attempt.account().map(name -> key(attempt.way(), "known-address", "signed-in",
                name + "@" + attempt.clientAddress()));
    }

    private List<Counter> countersOf(SignInAttempt attempt) {
        List<Counter> list = new ArrayList<>(2);
        Optional<String> accountName = attempt.account();
        boolean knownAddress = knownAddressKey(attempt).map(counters::remembers).orElse(false);
        accountName.ifPresent(name -> list.add(knownAddress
                ? new Counter(LockoutScope.ACCOUNT, key(attempt.way(), "account-at-known-address", accountRule,
                        name + "@" + attempt.clientAddress()), account)
                : new Counter(LockoutScope.ACCOUNT, key(attempt.way(), "account", accountRule, name), account)));
        list.add(new Counter(LockoutScope.ADDRESS, key(attempt.way(), "address", addressRule,
                attempt.clientAddress()), address));
        return list;
    }

    /** Hashed: Redis holds counters, never the emails or addresses they count. */
    private String key(SignInWay way, String scope, String rule, String subject) {
        return namespace + ":sign-in:" + way.keyPart + ":" + scope + ":" + rule + ":" + hash(subject);
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record Counter(LockoutScope scope, String key, BucketConfiguration configuration) {
    }
}
