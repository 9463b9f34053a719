package dev.atrium.core.module;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Which modules each tenant has active, read on every request to a module.
 *
 * <p>Each node keeps a near cache in memory. With Redis, a miss reads the
 * shared copy in Redis before the database, and every change is broadcast so
 * each node drops its near copy within milliseconds; while Redis cannot be
 * reached, or its broadcasts might have been missed, every read goes to the
 * database, which is always the source of truth. Without Redis the near cache
 * serves one node alone, as in the quick start.
 */
final class ActivationCache implements AutoCloseable {

    /** Bounds how long a near copy could outlive a change whose broadcast got lost. */
    private static final long NEAR_COPY_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Optional<RedisActivations> redis;
    private final LongFunction<Set<String>> database;
    private final Map<Long, NearCopy> near = new ConcurrentHashMap<>();
    private final AtomicLong invalidations = new AtomicLong();

    ActivationCache(Optional<RedisActivations> redis, LongFunction<Set<String>> database) {
        this.redis = redis;
        this.database = database;
        redis.ifPresent(shared -> shared.start(this::forget, this::forgetAll));
    }

    Set<String> activeModules(long tenantId) {
        if (redis.isPresent() && !redis.get().listening()) {
            return database.apply(tenantId);
        }
        NearCopy copy = near.get(tenantId);
        if (copy != null && System.nanoTime() < copy.expiresAt()) {
            return copy.keys();
        }
        long seen = invalidations.get();
        Set<String> keys = redis.flatMap(shared -> shared.read(tenantId)).orElseGet(() -> {
            Set<String> fromDatabase = database.apply(tenantId);
            redis.ifPresent(shared -> shared.offer(tenantId, fromDatabase));
            return fromDatabase;
        });
        near.put(tenantId, new NearCopy(keys, System.nanoTime() + NEAR_COPY_NANOS));
        if (invalidations.get() != seen) {
            // A change arrived while we read: what we read may predate it.
            near.remove(tenantId);
        }
        return keys;
    }

    /** After a committed change: drop this node's copy, replace the shared one and tell the other nodes. */
    void changed(long tenantId) {
        forget(tenantId);
        redis.ifPresent(shared -> shared.publish(tenantId, database.apply(tenantId)));
    }

    private void forget(long tenantId) {
        invalidations.incrementAndGet();
        near.remove(tenantId);
    }

    private void forgetAll() {
        invalidations.incrementAndGet();
        near.clear();
    }

    boolean degraded() {
        return redis.isPresent() && !redis.get().listening();
    }

    String mode() {
        return redis.map(shared -> shared.listening() ? "redis" : "database (Redis unreachable)").orElse("local");
    }

    @Override
    public void close() {
        redis.ifPresent(RedisActivations::close);
    }

    private record NearCopy(Set<String> keys, long expiresAt) {
    }
}
