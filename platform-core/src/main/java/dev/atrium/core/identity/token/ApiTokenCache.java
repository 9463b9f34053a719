package dev.atrium.core.identity.token;

import dev.atrium.core.redis.AtriumRedis;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * This node's copy of recent API token lookups, so that a request with a valid token costs no query before its
 * own work. Whatever changes what a token may do (a revocation, a user disabled or enabled, a new role, rights
 * granted to or taken from a role, a password reset, a tenant suspended, resumed or deleted) makes every node forget that tenant's copies once its
 * transaction has committed: this node at once, the others through Redis. A lookup that began before a change
 * never stores its older answer, and a copy lives {@value #TTL_SECONDS} seconds at most, which bounds a change
 * made behind the platform's back.
 * <p>
 * With Redis configured but not listening (unreachable, or back after a drop), nothing is cached: another
 * node's change could go unheard. Without Redis (the embedded default, one node) this node's own changes are
 * all there are.
 */
public final class ApiTokenCache implements AutoCloseable {

    private static final Duration RETRY = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(ApiTokenCache.class);
    private static final long TTL_SECONDS = 30;
    private static final long TTL_NANOS = Duration.ofSeconds(TTL_SECONDS).toNanos();
    private static final int MAX_ENTRIES = 10_000;

    /** What a lookup found, and when (in {@link System#nanoTime()}, which only ever measures ages here). */
    record Cached<T>(long tenantId, T owner, long storedAt) {
    }

    private final Map<String, Cached<?>> byTokenHash = new ConcurrentHashMap<>();
    /** Moves on at every change: an answer read before it is not stored. */
    private final AtomicLong generation = new AtomicLong();
    private final Optional<Broadcast> broadcast;

    private ApiTokenCache(Optional<Broadcast> broadcast) {
        this.broadcast = broadcast;
    }

    static ApiTokenCache localOnly() {
        return new ApiTokenCache(Optional.empty());
    }

    /** Shares changes through Redis at {@code url}, on a channel of {@code namespace}. */
    static ApiTokenCache shared(String url, String namespace) {
        Broadcast broadcast = new Broadcast(url, namespace + ":identity:changed");
        ApiTokenCache cache = new ApiTokenCache(Optional.of(broadcast));
        broadcast.start(cache::forgetHere, cache::forgetAllHere);
        return cache;
    }

    /** Where a lookup starts: what it finds may be stored with {@link #store} if nothing changed meanwhile. */
    long generation() {
        return generation.get();
    }

    @SuppressWarnings("unchecked")
    <T> Optional<T> find(String tokenHash) {
        if (!trusted()) {
            return Optional.empty();
        }
        Cached<?> cached = byTokenHash.get(tokenHash);
        if (cached == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - cached.storedAt() > TTL_NANOS) {
            byTokenHash.remove(tokenHash, cached);
            return Optional.empty();
        }
        return Optional.of((T) cached.owner());
    }

    <T> void store(String tokenHash, long tenantId, T owner, long generationAtStart) {
        if (!trusted() || generation.get() != generationAtStart) {
            return;
        }
        if (byTokenHash.size() >= MAX_ENTRIES) {
            byTokenHash.clear();
        }
        Cached<T> cached = new Cached<>(tenantId, owner, System.nanoTime());
        byTokenHash.put(tokenHash, cached);
        // A change that landed between the check and the put must not leave this copy behind.
        if (generation.get() != generationAtStart) {
            byTokenHash.remove(tokenHash, cached);
        }
    }

    /** After the current transaction commits (at once outside one), every node forgets the tenant's tokens. */
    void changed(long tenantId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forgetEverywhere(tenantId);
                }
            });
        } else {
            forgetEverywhere(tenantId);
        }
    }

    private void forgetEverywhere(long tenantId) {
        forgetHere(tenantId);
        broadcast.ifPresent(channel -> channel.announce(tenantId));
    }

    private void forgetHere(long tenantId) {
        generation.incrementAndGet();
        byTokenHash.values().removeIf(cached -> cached.tenantId() == tenantId);
    }

    private void forgetAllHere() {
        generation.incrementAndGet();
        byTokenHash.clear();
    }

    private boolean trusted() {
        return broadcast.map(Broadcast::listening).orElse(true);
    }

    @Override
    public void close() {
        broadcast.ifPresent(Broadcast::close);
    }

    /** The channel on which nodes tell each other a tenant's tokens changed. */
    private static final class Broadcast {

        private final String channel;
        private final String location;
        private final RedisClient client;
        private volatile StatefulRedisConnection<String, String> commands;
        private volatile StatefulRedisPubSubConnection<String, String> subscription;
        private volatile Runnable forgetAll = () -> { };
        private volatile boolean closing;

        Broadcast(String url, String channel) {
            RedisURI uri = RedisURI.create(url);
            this.channel = channel;
            this.location = AtriumRedis.location(uri);
            this.client = AtriumRedis.failFastClient(uri);
        }

        void start(java.util.function.LongConsumer forget, Runnable forgetAll) {
            this.forgetAll = forgetAll;
            client.addListener(new RedisConnectionStateListener() {
                @Override
                public void onRedisConnected(RedisChannelHandler<?, ?> connection, SocketAddress address) {
                    // Back after a drop: whatever was announced meanwhile is lost.
                    Broadcast.this.forgetAll.run();
                }

                @Override
                public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
                    Broadcast.this.forgetAll.run();
                }
            });
            connect(forget);
        }

        private synchronized void connect(java.util.function.LongConsumer forget) {
            try {
                StatefulRedisPubSubConnection<String, String> pubSub = client.connectPubSub();
                pubSub.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void message(String channel, String tenantId) {
                        forget.accept(Long.parseLong(tenantId));
                    }
                });
                pubSub.sync().subscribe(channel);
                commands = client.connect();
                subscription = pubSub;
                log.info("Redis at {} is reachable: API token lookups are cached and changes broadcast", location);
            } catch (RuntimeException e) {
                if (closing) {
                    return;
                }
                log.warn("Redis at {} is unreachable ({}): API tokens are looked up at every request", location,
                        e.getMessage());
                // Tried again later on the common pool's timer; a closing cache makes that attempt return at once.
                CompletableFuture.delayedExecutor(RETRY.toMillis(), TimeUnit.MILLISECONDS)
                        .execute(() -> connect(forget));
            }
        }

        boolean listening() {
            StatefulRedisPubSubConnection<String, String> pubSub = subscription;
            StatefulRedisConnection<String, String> connection = commands;
            return pubSub != null && pubSub.isOpen() && connection != null && connection.isOpen();
        }

        void announce(long tenantId) {
            StatefulRedisConnection<String, String> connection = commands;
            try {
                if (connection != null) {
                    connection.sync().publish(channel, Long.toString(tenantId));
                }
            } catch (RuntimeException e) {
                // The other nodes may not hear it: nobody trusts a copy while Redis does not answer.
                log.warn("Could not announce a change of tenant {}'s tokens ({})", tenantId, e.getMessage());
            }
        }

        void close() {
            closing = true;
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }
}
