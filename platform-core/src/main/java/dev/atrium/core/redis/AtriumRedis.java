package dev.atrium.core.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every use of Redis in the platform shares: a client that never makes a
 * request wait for an unreachable Redis, and keys namespaced by database, so
 * platforms (and test runs) sharing one Redis never mix tenants.
 */
public final class AtriumRedis {

    /** How long a command may take before its caller falls back to what it does without Redis. */
    public static final Duration TIMEOUT = Duration.ofMillis(500);

    private AtriumRedis() {
    }

    /** Reconnects by itself; while disconnected, commands fail at once instead of queueing. */
    public static RedisClient failFastClient(RedisURI uri) {
        uri.setTimeout(TIMEOUT);
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(TIMEOUT).build())
                .timeoutOptions(TimeoutOptions.enabled(TIMEOUT))
                .build());
        return client;
    }

    /** {@code atrium:<database>}, the start of every key and channel this platform uses. */
    public static String namespace(DataSource dataSource) {
        return "atrium:" + new JdbcTemplate(dataSource).queryForObject("select current_database()", String.class);
    }

    /** Host and port, for logs and health: never the password a URL may carry. */
    public static String location(RedisURI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }
}
