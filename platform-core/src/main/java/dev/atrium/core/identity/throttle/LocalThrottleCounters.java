package dev.atrium.core.identity.throttle;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Buckets in this node's memory, for the embedded default (one node, no Redis) and while Redis is unreachable.
 * Bounded: past {@code maxEntries} the least recently used bucket goes, so a flood of made-up accounts or
 * addresses costs a bounded amount of memory (and can at worst forget an old count, never lock anyone). A
 * bucket is forgotten once its longest window has passed since its last failure, when it is full again,
 * as Redis lets such a key expire.
 */
final class LocalThrottleCounters implements ThrottleCounters {

    private final TimeMeter time;
    private final Map<String, Counted> buckets;
    /** Remembered keys and when they are forgotten, in the time meter's nanoseconds. */
    private final Map<String, Long> remembered;

    LocalThrottleCounters(TimeMeter time, int maxEntries) {
        this.time = time;
        this.buckets = bounded(maxEntries);
        this.remembered = bounded(maxEntries);
    }

    private static <V> Map<String, V> bounded(int maxEntries) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public synchronized void remember(String key, Duration duration) {
        remembered.put(key, time.currentTimeNanos() + duration.toNanos());
    }

    @Override
    public synchronized boolean remembers(String key) {
        Long until = remembered.get(key);
        if (until != null && time.currentTimeNanos() - until >= 0) {
            remembered.remove(key);
            return false;
        }
        return until != null;
    }

    @Override
    public synchronized EstimationProbe estimate(String key, BucketConfiguration configuration) {
        Counted entry = current(key);
        return entry == null ? ThrottleCounters.noFailuresYet() : entry.bucket().estimateAbilityToConsume(1);
    }

    @Override
    public synchronized ConsumptionProbe consume(String key, BucketConfiguration configuration) {
        Counted entry = current(key);
        if (entry == null) {
            LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
            for (Bandwidth limit : configuration.getBandwidths()) {
                builder.addLimit(limit);
            }
            long longestWindow = Arrays.stream(configuration.getBandwidths())
                    .mapToLong(Bandwidth::getRefillPeriodNanos).max().orElse(0);
            entry = new Counted(builder.build(), longestWindow);
            buckets.put(key, entry);
        }
        entry.lastFailureNanos = time.currentTimeNanos();
        return entry.bucket().tryConsumeAndReturnRemaining(1);
    }

    /** Its own buckets are this node's whole knowledge, and asking them costs nothing. */
    @Override
    public synchronized Duration knownLockout(String key, BucketConfiguration configuration) {
        EstimationProbe probe = estimate(key, configuration);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    @Override
    public void announceLockout(String key, Duration wait) {
        // The bucket that ran out is here already.
    }

    @Override
    public void noteLockout(String key, Duration wait) {
        // The bucket that ran out is here already.
    }

    private Counted current(String key) {
        Counted entry = buckets.get(key);
        if (entry != null && time.currentTimeNanos() - entry.lastFailureNanos >= entry.longestWindowNanos()) {
            buckets.remove(key);
            return null;
        }
        return entry;
    }

    private static final class Counted {
        private final Bucket bucket;
        private final long longestWindowNanos;
        private long lastFailureNanos;

        Counted(Bucket bucket, long longestWindowNanos) {
            this.bucket = bucket;
            this.longestWindowNanos = longestWindowNanos;
        }

        Bucket bucket() {
            return bucket;
        }

        long longestWindowNanos() {
            return longestWindowNanos;
        }
    }
}
