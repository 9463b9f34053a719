package dev.atrium.core.identity.throttle;

import dev.atrium.core.redis.AtriumRedis;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets in Redis, so that every node counts the same failures (Bucket4j's compare-and-swap on Lettuce). A
 * sign-in never waits for Redis: while it is unreachable the counters of this node stand in, which throttles
 * per node rather than not at all, and Redis is tried again a few seconds later.
 */
final class RedisThrottleCounters implements ThrottleCounters {

    private static final Logger log = LoggerFactory.getLogger(RedisThrottleCounters.class);
    private static final long RETRY_NANOS = Duration.ofSeconds(5).toNanos();
    /** Keys are namespaced already, so platforms sharing a Redis may share the channel: nobody asks another's key. */
    private static final String LOCKOUTS = "atrium:sign-in:lockouts";
    private static final int MAX_KNOWN_LOCKOUTS = 100_000;

    private final RedisClient client;
    private final String location;
    private final TimeMeter time;
    private final LocalThrottleCounters fallback;
    private volatile StatefulRedisConnection<String, byte[]> connection;
    /** Lockouts announced by any node, or found here, until when (in the time meter's nanoseconds). */
    private final Map<String, Long> lockedUntil = new ConcurrentHashMap<>();
    private volatile ProxyManager<String> buckets;
    private volatile long nextConnectAttempt;
    /** What was last logged; null until the first attempt, so its outcome is logged either way. */
    private volatile Boolean reachable;

    RedisThrottleCounters(String url, TimeMeter time, LocalThrottleCounters fallback) {
        RedisURI uri = RedisURI.create(url);
        this.location = AtriumRedis.location(uri);
        this.time = time;
        this.fallback = fallback;
        this.client = AtriumRedis.failFastClient(uri);
        connected();
    }

    @Override
    public EstimationProbe estimate(String key, BucketConfiguration configuration) {
        return withRedis(redis -> redis.getProxyConfiguration(key).isEmpty() ? ThrottleCounters.noFailuresYet()
                        : redis.getProxy(key, () -> configuration).estimateAbilityToConsume(1),
                () -> fallback.estimate(key, configuration));
    }

    @Override
    public ConsumptionProbe consume(String key, BucketConfiguration configuration) {
        return withRedis(redis -> redis.getProxy(key, () -> configuration).tryConsumeAndReturnRemaining(1),
                () -> fallback.consume(key, configuration));
    }

    @Override
    public void remember(String key, Duration duration) {
        withRedis(redis -> connection.sync().set(key, new byte[] {1}, SetArgs.Builder.px(duration.toMillis())),
                () -> {
                    fallback.remember(key, duration);
                    return null;
                });
    }

    @Override
    public boolean remembers(String key) {
        return withRedis(redis -> connection.sync().exists(key) > 0, () -> fallback.remembers(key));
    }

    /**
     * What this node heard of: every lockout starts with an announcement on Redis, which each node subscribes
     * to before it serves. While Redis is unreachable the failures are counted here, so the local buckets are
     * asked too.
     */
    @Override
    public Duration knownLockout(String key, BucketConfiguration configuration) {
        Duration here = fallback.knownLockout(key, configuration);
        Long until = lockedUntil.get(key);
        if (until == null) {
            return here;
        }
        long left = until - time.currentTimeNanos();
        if (left <= 0) {
            lockedUntil.remove(key, until);
            return here;
        }
        return here.compareTo(Duration.ofNanos(left)) > 0 ? here : Duration.ofNanos(left);
    }

    @Override
    public void announceLockout(String key, Duration wait) {
        long until = time.currentTimeNanos() + wait.toNanos();
        note(key, until);
        withRedis(redis -> connection.sync().publish(LOCKOUTS,
                (until + " " + key).getBytes(StandardCharsets.UTF_8)), () -> null);
    }

    @Override
    public void noteLockout(String key, Duration wait) {
        note(key, time.currentTimeNanos() + wait.toNanos());
    }

    private void note(String key, long until) {
        if (lockedUntil.size() >= MAX_KNOWN_LOCKOUTS) {
            long now = time.currentTimeNanos();
            lockedUntil.values().removeIf(end -> end - now <= 0);
        }
        lockedUntil.merge(key, until, Math::max);
    }

    private void heard(String message) {
        int space = message.indexOf(' ');
        if (space > 0) {
            note(message.substring(space + 1), Long.parseLong(message.substring(0, space)));
        }
    }

    private <T> T withRedis(Function<ProxyManager<String>, T> work, Supplier<T> local) {
        ProxyManager<String> redis = connected();
        if (redis == null) {
            return local.get();
        }
        try {
            T result = work.apply(redis);
            becomeReachable();
            return result;
        } catch (RuntimeException e) {
            becomeUnreachable(e.getMessage());
            return local.get();
        }
    }

    private ProxyManager<String> connected() {
        if (buckets != null) {
            return buckets;
        }
        synchronized (this) {
            if (buckets == null && System.nanoTime() - nextConnectAttempt >= 0) {
                try {
                    connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                    // Lettuce subscribes again by itself after a reconnection.
                    StatefulRedisPubSubConnection<String, String> subscription = client.connectPubSub();
                    subscription.addListener(new RedisPubSubAdapter<>() {
                        @Override
                        public void message(String channel, String message) {
                            heard(message);
                        }
                    });
                    subscription.sync().subscribe(LOCKOUTS);
                    buckets = Bucket4jLettuce.casBasedBuilder(connection)
                            .clientClock(time)
                            // A key lives until its bucket is full again, and no longer.
                            .expirationAfterWrite(ExpirationAfterWriteStrategy
                                    .basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                            .build();
                    becomeReachable();
                } catch (RuntimeException e) {
                    nextConnectAttempt = System.nanoTime() + RETRY_NANOS;
                    becomeUnreachable(e.getMessage());
                }
            }
            return buckets;
        }
    }

    private void becomeReachable() {
        if (!Boolean.TRUE.equals(reachable)) {
            reachable = true;
            log.info("Redis at {} is reachable: sign-in failures are counted there for every node", location);
        }
    }

    private void becomeUnreachable(String why) {
        if (!Boolean.FALSE.equals(reachable)) {
            log.warn("Redis at {} is unreachable ({}): sign-in failures are counted on this node only until it "
                    + "is back", location, why);
        }
        reachable = false;
    }

    @Override
    public void close() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
