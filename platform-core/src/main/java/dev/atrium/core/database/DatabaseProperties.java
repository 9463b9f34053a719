package dev.atrium.core.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is and who talks to it.
 *
 * @param url           JDBC URL ({@code ATRIUM_DB_URL}); blank starts an embedded PostgreSQL
 * @param ownerUser     role that owns the tables and runs migrations; blank on a node that must not migrate
 *                      (the embedded database's owner is always {@code postgres})
 * @param appUser       role the application queries as: owns nothing, cannot bypass row-level security
 * @param poolSize      connections in the application pool
 */
@ConfigurationProperties("atrium.db")
public record DatabaseProperties(
        String url,
        String ownerUser,
        @DefaultValue("") String ownerPassword,
        @DefaultValue("atrium_app") String appUser,
        @DefaultValue("atrium_app") String appPassword,
        @DefaultValue("10") int poolSize) {

    /** True when no URL is configured and the platform starts its own PostgreSQL. */
    public boolean embedded() {
        return url == null || url.isBlank();
    }

    /** Whether this node holds the owner's credentials, and so runs the migrations. */
    public boolean holdsOwnerCredentials() {
        return embedded() || (ownerUser != null && !ownerUser.isBlank());
    }
}
