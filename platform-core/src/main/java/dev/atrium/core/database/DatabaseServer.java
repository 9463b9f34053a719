package dev.atrium.core.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The PostgreSQL the platform runs on: the configured one, or one it starts itself. */
final class DatabaseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseServer.class);

    private final String jdbcUrl;
    private final String ownerUser;
    private final String ownerPassword;
    private final EmbeddedPostgres embedded;

    private DatabaseServer(String jdbcUrl, String ownerUser, String ownerPassword, EmbeddedPostgres embedded) {
        this.jdbcUrl = jdbcUrl;
        this.ownerUser = ownerUser;
        this.ownerPassword = ownerPassword;
        this.embedded = embedded;
    }

    static DatabaseServer from(DatabaseProperties properties) {
        if (!properties.embedded()) {
            return new DatabaseServer(properties.url(), properties.ownerUser(), properties.ownerPassword(), null);
        }
        try {
            // Spring closes it after the pools; zonky's own hook would stop it first and leave them hanging.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .start();
            // No user in the URL: a URL's user wins over the pool's, and would run the application as the superuser.
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            log.info("No ATRIUM_DB_URL set: started an embedded PostgreSQL on port {}; its data ends with the process",
                    postgres.getPort());
            return new DatabaseServer(url, "postgres", "", postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String ownerUser() {
        return ownerUser;
    }

    String ownerPassword() {
        return ownerPassword;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
