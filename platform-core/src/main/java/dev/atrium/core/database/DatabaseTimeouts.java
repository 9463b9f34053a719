package dev.atrium.core.database;

import com.zaxxer.hikari.HikariConfig;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long anything waits for the database. Without bounds, a database whose
 * processes freeze (or a network that drops packets) hangs every request and
 * the readiness probe until it answers again: the pool waits 30 s for a
 * connection, and the driver waits for ever on an open socket.
 *
 * @param connection waiting for a connection from the pool (Hikari's {@code connectionTimeout})
 * @param connect    opening a new connection: TCP connect and sign-in, each (the driver's
 *                   {@code connectTimeout} and {@code loginTimeout})
 * @param socket     an open connection that answers nothing (the driver's {@code socketTimeout}); longer
 *                   than {@code statement}, so a slow statement is cancelled by the server first
 * @param statement  the server's {@code statement_timeout} for the application's statements
 * @param health     the readiness check's own answer
 */
@ConfigurationProperties("atrium.db.timeouts")
public record DatabaseTimeouts(
        @DefaultValue("5s") Duration connection,
        @DefaultValue("5s") Duration connect,
        @DefaultValue("30s") Duration socket,
        @DefaultValue("20s") Duration statement,
        @DefaultValue("2s") Duration health) {

    /** The application's pool: every wait bounded, and dead peers noticed by TCP keepalive too. */
    void applyToApplicationPool(HikariConfig config) {
        applyToOwnerPool(config);
        config.addDataSourceProperty("socketTimeout", seconds(socket));
        config.addDataSourceProperty("options", "-c statement_timeout=" + statement.toMillis());
    }

    /**
     * The owner's pool runs migrations, whose statements (an index on a large
     * table) may rightly take long: only getting and opening connections is bounded.
     */
    void applyToOwnerPool(HikariConfig config) {
        config.setConnectionTimeout(Math.max(250, connection.toMillis()));
        // A pooled connection is checked before it is handed out; a frozen one must fail that check quickly.
        config.setValidationTimeout(Math.max(250, connection.toMillis() / 2));
        config.addDataSourceProperty("connectTimeout", seconds(connect));
        config.addDataSourceProperty("loginTimeout", seconds(connect));
        config.addDataSourceProperty("tcpKeepAlive", "true");
    }

    /** The driver counts whole seconds, and 0 would mean no limit at all. */
    private static String seconds(Duration duration) {
        return Long.toString(Math.max(1, (duration.toMillis() + 999) / 1000));
    }
}
