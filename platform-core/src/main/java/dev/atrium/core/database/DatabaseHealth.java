package dev.atrium.core.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The readiness check's {@code db}: a connection from the application's pool
 * that answers, within {@code atrium.db.timeouts.health}. Boot's own check
 * waits as long as the pool and the driver do, so a frozen database would
 * hang the probe instead of taking the pod out of the Service. A check still
 * waiting when the next one comes is not repeated: the database is DOWN until
 * it answers.
 */
final class DatabaseHealth implements HealthIndicator {

    private final DataSource dataSource;
    private final long timeoutMillis;
    private volatile CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

    DatabaseHealth(DataSource dataSource, DatabaseTimeouts timeouts) {
        this.dataSource = dataSource;
        this.timeoutMillis = timeouts.health().toMillis();
    }

    @Override
    public Health health() {
        CompletableFuture<Void> check;
        synchronized (this) {
            if (pending.isDone()) {
                pending = CompletableFuture.runAsync(this::check, runnable -> Thread.ofVirtual()
                        .name("atrium-db-health").start(runnable));
            }
            check = pending;
        }
        try {
            check.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return Health.up().build();
        } catch (TimeoutException e) {
            return Health.down().withDetail("reason", "no answer within " + timeoutMillis + " ms").build();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            // The exception's class only: driver messages may quote statements.
            return Health.down().withDetail("reason", cause.getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        }
    }

    private void check() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid((int) Math.max(1, TimeUnit.MILLISECONDS.toSeconds(timeoutMillis)))) {
                throw new IllegalStateException("the connection is not valid");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Named so, it replaces Boot's {@code db} check in health and in the readiness group. */
        @Bean
        HealthIndicator dbHealthIndicator(DataSource dataSource, DatabaseTimeouts timeouts) {
            return new DatabaseHealth(dataSource, timeouts);
        }
    }
}
