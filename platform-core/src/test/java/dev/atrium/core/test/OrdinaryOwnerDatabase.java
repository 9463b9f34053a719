package dev.atrium.core.test;

import dev.atrium.core.database.SchemaMigrations;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database of its own for each test, owned by a role that is no superuser, as in production: what a migration
 * does to existing rows is tried where forced row-level security binds its owner too. Registered with
 * {@code @RegisterExtension}; dropped, with its role, after each test.
 */
public final class OrdinaryOwnerDatabase implements BeforeEachCallback, AfterEachCallback {

    private final String prefix;
    private String name;
    private JdbcTemplate admin;
    private DriverManagerDataSource owner;

    public OrdinaryOwnerDatabase(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestDatabase server = TestDatabase.get();
        name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin = new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), server.user(), server.password()));
        admin.execute("create role " + name + " login password '" + name + "'");
        admin.execute("create role " + name + "_app nologin");
        admin.execute("create database " + name + " owner " + name);
        owner = new DriverManagerDataSource(server.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"),
                name, name);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        admin.execute("drop database if exists " + name + " with (force)");
        admin.execute("drop role if exists " + name + "_app");
        admin.execute("drop role if exists " + name);
    }

    /** The owner's connections to the database. */
    public DataSource owner() {
        return owner;
    }

    /** Migrates the core schema up to {@code target}, or to the newest migration when it is null. */
    public void migrateCore(String target) {
        // A role of its own receives the application's grants: were the owner to stand in for it, a migration
        // revoking a privilege from the application role would take it from the owner (V10 does).
        FluentConfiguration flyway = Flyway.configure(getClass().getClassLoader()).dataSource(owner)
                .locations("classpath:db/migration/core").table("flyway_history_core")
                .placeholders(Map.of(SchemaMigrations.APPLICATION_ROLE, name + "_app"));
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }

    /** A tenant, as provisioning inserts one, whose rows a migration then finds in place. */
    public long tenant(String slug) {
        return new JdbcTemplate(owner).queryForObject("insert into tenant (slug, name, status, default_currency,"
                + " locale, time_zone) values (?, ?, 'ACTIVE', 'EUR', 'en-GB', 'Europe/Paris') returning id",
                Long.class, slug, slug);
    }

    /** {@code work} in one transaction of the owner with {@code tenant} bound: the forced policy binds it too. */
    public <T> T asTenant(long tenant, Function<JdbcTemplate, T> work) {
        JdbcTemplate jdbc = new JdbcTemplate(owner);
        return new TransactionTemplate(new DataSourceTransactionManager(owner)).execute(status -> {
            jdbc.queryForObject("select set_config('atrium.tenant_id', ?, true)", String.class, String.valueOf(tenant));
            return work.apply(jdbc);
        });
    }
}
