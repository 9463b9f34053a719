package dev.atrium.core.identity.throttle;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;

/**
 * Where the throttle's buckets live: on this node, or in Redis for every node. A bucket exists from a first
 * failure until it is full again, so each window starts at a failure, never at an attempt that went well.
 */
interface ThrottleCounters extends AutoCloseable {

    /** Whether one more failure would still be let through, and if not, how long until it would; creates nothing. */
    EstimationProbe estimate(String key, BucketConfiguration configuration);

    /** Takes one failure's token, creating the bucket at the first failure. */
    ConsumptionProbe consume(String key, BucketConfiguration configuration);

    /** Remembers {@code key} for {@code duration}: where an account last signed in successfully. */
    void remember(String key, Duration duration);

    boolean remembers(String key);

    /**
     * How long this node knows {@code key} to stay locked, asking no one: zero when it knows of no lockout.
     * What a credential found valid is checked against, so that a valid one costs no round trip to Redis.
     */
    Duration knownLockout(String key, BucketConfiguration configuration);

    /** Tells every node, this one at once, that {@code key} has just been locked for {@code wait}. */
    void announceLockout(String key, Duration wait);

    /** Notes, on this node alone, a lockout an estimate found, in case its announcement never reached us. */
    void noteLockout(String key, Duration wait);

    @Override
    default void close() {
    }

    static EstimationProbe noFailuresYet() {
        return EstimationProbe.canBeConsumed(Long.MAX_VALUE);
    }
}
