package dev.atrium.core.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The application's pool, as a role that owns nothing and cannot bypass
 * row-level security; and, only on a node that holds the owner's credentials
 * (the migration job, the embedded default), a small pool as the owner role
 * for migrations.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DatabaseProperties.class, DatabaseTimeouts.class})
class DatabaseConfiguration {

    static final String OWNER_DATA_SOURCE = "ownerDataSource";

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(DatabaseProperties properties) {
        return DatabaseServer.from(properties);
    }

    @Bean(name = OWNER_DATA_SOURCE, destroyMethod = "close")
    @Conditional(HoldsOwnerCredentials.class)
    HikariDataSource ownerDataSource(DatabaseServer server, DatabaseProperties properties, DatabaseTimeouts timeouts) {
        HikariDataSource dataSource = pool("atrium-owner", server.jdbcUrl(), server.ownerUser(), server.ownerPassword(), 2,
                timeouts::applyToOwnerPool);
        DatabaseRoles.ensureApplicationRole(dataSource, properties.appUser(), properties.appPassword());
        return dataSource;
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(DatabaseServer server, DatabaseProperties properties,
            @Qualifier(OWNER_DATA_SOURCE) ObjectProvider<DataSource> ownerDataSource, DatabaseTimeouts timeouts) {
        // The owner creates the application role first, where it may.
        ownerDataSource.ifAvailable(owner -> { });
        HikariDataSource dataSource = pool("atrium-app", server.jdbcUrl(), properties.appUser(),
                properties.appPassword(), properties.poolSize(), timeouts::applyToApplicationPool);
        try {
            DatabaseRoles.requireIsolatedConnection(dataSource, properties.appUser());
        } catch (RuntimeException refused) {
            dataSource.close();
            throw refused;
        }
        return dataSource;
    }

    @Bean
    SchemaMigration coreSchemaMigration() {
        return new SchemaMigration("core", DatabaseConfiguration.class.getClassLoader(),
                List.of("classpath:db/migration/core"));
    }

    @Bean
    SchemaMigrations schemaMigrations(@Qualifier(OWNER_DATA_SOURCE) ObjectProvider<DataSource> ownerDataSource,
            DataSource dataSource, DatabaseProperties properties, List<SchemaMigration> migrations) {
        DataSource owner = ownerDataSource.getIfAvailable();
        return owner != null
                ? SchemaMigrations.migrate(owner, properties.appUser(), migrations)
                : SchemaMigrations.requireCurrent(dataSource, properties.appUser(), migrations);
    }

    @Configuration(proxyBeanMethods = false)
    static class MigrateBeforeJpa extends EntityManagerFactoryDependsOnPostProcessor {
        MigrateBeforeJpa() {
            super(SchemaMigrations.class);
        }
    }

    /** Decided before any bean exists, from the same properties the pools are built from. */
    static class HoldsOwnerCredentials implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bind("atrium.db", DatabaseProperties.class)
                    .map(DatabaseProperties::holdsOwnerCredentials)
                    .orElse(true);
        }
    }

    private static HikariDataSource pool(String name, String url, String user, String password, int size,
            Consumer<HikariConfig> timeouts) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        timeouts.accept(config);
        return new HikariDataSource(config);
    }
}
