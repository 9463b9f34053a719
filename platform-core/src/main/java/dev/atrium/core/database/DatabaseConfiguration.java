package dev.atrium.core.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Two pools on one database: a small one as the owner role for migrations, and
 * the application's, as a role that owns nothing and cannot bypass row-level
 * security.
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
    HikariDataSource ownerDataSource(DatabaseServer server, DatabaseProperties properties, DatabaseTimeouts timeouts) {
        HikariDataSource dataSource = pool("atrium-owner", server.jdbcUrl(), server.ownerUser(), server.ownerPassword(), 2,
                timeouts::applyToOwnerPool);
        DatabaseRoles.ensureApplicationRole(dataSource, properties.appUser(), properties.appPassword());
        return dataSource;
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(DatabaseServer server, DatabaseProperties properties,
            @Qualifier(OWNER_DATA_SOURCE) DataSource ownerDataSource, DatabaseTimeouts timeouts) {
        return pool("atrium-app", server.jdbcUrl(), properties.appUser(), properties.appPassword(),
                properties.poolSize(), timeouts::applyToApplicationPool);
    }

    @Bean
    SchemaMigration coreSchemaMigration() {
        return new SchemaMigration("core", DatabaseConfiguration.class.getClassLoader(),
                List.of("classpath:db/migration/core"));
    }

    @Bean
    SchemaMigrations schemaMigrations(@Qualifier(OWNER_DATA_SOURCE) DataSource ownerDataSource,
            DatabaseProperties properties, List<SchemaMigration> migrations) {
        return new SchemaMigrations(ownerDataSource, properties.appUser(), migrations);
    }

    @Configuration(proxyBeanMethods = false)
    static class MigrateBeforeJpa extends EntityManagerFactoryDependsOnPostProcessor {
        MigrateBeforeJpa() {
            super(SchemaMigrations.class);
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
