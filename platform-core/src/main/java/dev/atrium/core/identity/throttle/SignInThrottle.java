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
 * are checked ({@link #check}) and told of each failure ({@link #failed}); a lockout is audited once, when it
 * starts. Refused attempts are not counted, so a lockout ends when its window does, however much is tried
 * meanwhile: nobody can lock an account out for longer than a window by trying harder.
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

    SignInThrottle(ThrottleCounters counters, LockoutAudit audit, SignInThrottleProperties properties,
            String namespace) {
        this.counters = counters;
        this.audit = audit;
        this.enabled = properties.enabled();
        this.namespace = namespace;
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
            }
        }
        if (waitNanos > 0) {
            throw new TooManyAttemptsException(Duration.ofNanos(waitNanos));
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
                audit.lockedOut(attempt, counter.scope(), Duration.ofNanos(locked.getNanosToWaitForRefill()));
            }
        }
    }

    private List<Counter> countersOf(SignInAttempt attempt) {
        List<Counter> list = new ArrayList<>(2);
        Optional<String> accountName = attempt.account();
        accountName.ifPresent(name -> list.add(new Counter(LockoutScope.ACCOUNT,
                key(attempt.way(), "account", accountRule, name), account)));
        list.add(new Counter(LockoutScope.ADDRESS, key(attempt.way(), "address", addressRule,
                attempt.clientAddress()), address));
        return list;
    }

    /** Hashed: Redis holds counters, never the emails or addresses they count. */
    private String key(SignInWay way, String scope, String rule, String subject) {
        return "atrium:" + namespace + ":sign-in:" + way.keyPart + ":" + scope + ":" + rule + ":" + hash(subject);
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
