package dev.atrium.core.module;

import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import dev.atrium.core.redis.AtriumRedis;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared copy of tenants' active modules in Redis, and the channel on
 * which nodes announce changes. Every failure here is survivable: it is
 * logged once, reported by {@link #listening()} (and so in health), and the
 * cache reads the database until Redis answers again.
 */
final class RedisActivations implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisActivations.class);
    /** Bounds how long a copy written around a change made while Redis was unreachable can linger. */
    private static final long TTL_SECONDS = 60;

    private final String location;
    private final String channel;
    private final String keyPrefix;
    private final RedisClient client;
    private final ScheduledExecutorService reconnector;
    private volatile StatefulRedisConnection<String, String> commands;
    private volatile StatefulRedisPubSubConnection<String, String> subscription;
    /** What was last logged; null until the first attempt, so its outcome is logged either way. */
    private volatile Boolean reachable;
    private volatile boolean closing;
    private LongConsumer forgetTenant = tenant -> { };
    private Runnable forgetAll = () -> { };

    /**
     * @param namespace what the nodes sharing one database have in common ({@link AtriumRedis#namespace}), so
     *                  that several platforms, or test runs, can share a Redis without reading each other's tenants
     */
    RedisActivations(String url, String namespace) {
        this.channel = namespace + ":modules:changed";
        this.keyPrefix = namespace + ":modules:active:";
        RedisURI uri = RedisURI.create(url);
        this.location = AtriumRedis.location(uri);
        // A request must never wait for Redis: fail at once and read the database instead.
        this.client = AtriumRedis.failFastClient(uri);
        this.reconnector = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "atrium-redis-activations");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Connects now if Redis answers; otherwise keeps trying in the background. */
    void start(LongConsumer forgetTenant, Runnable forgetAll) {
        this.forgetTenant = forgetTenant;
        this.forgetAll = forgetAll;
        if (!connect()) {
            // Lettuce reconnects an open connection by itself; a first connection that failed is ours to retry.
            reconnector.schedule(this::retry, 2, TimeUnit.SECONDS);
        }
    }

    private void retry() {
        if (!connect()) {
            reconnector.schedule(this::retry, 2, TimeUnit.SECONDS);
        }
    }

    private synchronized boolean connect() {
        StatefulRedisPubSubConnection<String, String> pubSub = null;
        try {
            pubSub = client.connectPubSub();
            pubSub.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String tenantId) {
                    forgetTenant.accept(Long.parseLong(tenantId));
                }
            });
            pubSub.sync().subscribe(channel);
            client.addListener(new RedisConnectionStateListener() {
                @Override
                public void onRedisConnected(RedisChannelHandler<?, ?> connection, SocketAddress address) {
                    // Back after a drop: whatever was announced meanwhile is lost, so trust no near copy.
                    forgetAll.run();
                    becomeReachable();
                }

                @Override
                public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
                    becomeUnreachable("connection lost");
                }
            });
            commands = client.connect();
            subscription = pubSub;
            becomeReachable();
            return true;
        } catch (RuntimeException e) {
            if (pubSub != null) {
                pubSub.close();
            }
            becomeUnreachable(e.getMessage());
            return false;
        }
    }

    /** True while changes announced by other nodes reach this one. */
    boolean listening() {
        StatefulRedisPubSubConnection<String, String> pubSub = subscription;
        StatefulRedisConnection<String, String> connection = commands;
        return pubSub != null && pubSub.isOpen() && connection != null && connection.isOpen();
    }

    Optional<Set<String>> read(long tenantId) {
        try {
            String value = commands.sync().get(keyPrefix + tenantId);
            return Optional.ofNullable(value).map(RedisActivations::decode);
        } catch (RuntimeException e) {
            becomeUnreachable(e.getMessage());
            return Optional.empty();
        }
    }

    /** Shares what a node read from the database, unless a fresher copy is already there. */
    void offer(long tenantId, Set<String> keys) {
        write(tenantId, keys, SetArgs.Builder.nx().ex(TTL_SECONDS), false);
    }

    /** Replaces the shared copy after a change and tells every node to drop its own. */
    void publish(long tenantId, Set<String> keys) {
        write(tenantId, keys, SetArgs.Builder.ex(TTL_SECONDS), true);
    }

    private void write(long tenantId, Set<String> keys, SetArgs args, boolean announce) {
        StatefulRedisConnection<String, String> connection = commands;
        if (connection == null) {
            return;
        }
        try {
            connection.sync().set(keyPrefix + tenantId, String.join(",", keys), args);
            if (announce) {
                connection.sync().publish(channel, Long.toString(tenantId));
            }
        } catch (RuntimeException e) {
            becomeUnreachable(e.getMessage());
        }
    }

    private void becomeReachable() {
        if (!Boolean.TRUE.equals(reachable)) {
            reachable = true;
            log.info("Redis at {} is reachable: module activations are cached there and changes broadcast", location);
        }
    }

    private void becomeUnreachable(String why) {
        if (!closing && !Boolean.FALSE.equals(reachable)) {
            log.warn("Redis at {} is unreachable ({}): module activations are read from the database on every "
                    + "request until it is back", location, why);
        }
        reachable = false;
    }

    String location() {
        return location;
    }

    private static Set<String> decode(String value) {
        return value.isEmpty() ? Set.of() : Set.copyOf(new TreeSet<>(Arrays.asList(value.split(","))));
    }

    @Override
    public void close() {
        closing = true;
        reconnector.shutdownNow();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
