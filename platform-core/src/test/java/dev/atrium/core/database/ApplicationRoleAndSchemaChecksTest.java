package dev.atrium.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.atrium.core.CoreTestApplication;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestDatabase;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a node checks before it serves: that its pool's real connections cannot
 * see past row-level security, and, on a node without the owner's credentials,
 * that the schema is not behind.
 */
// Isolated: it starts a second node on the same database.
@Isolated
@PlatformTest
class ApplicationRoleAndSchemaChecksTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    SchemaMigration coreSchemaMigration;

    @Autowired
    DatabaseProperties properties;

    @Test
    void theRunningApplicationPoolConnectsAsTheApplicationRole() {
        assertThat(new JdbcTemplate(dataSource).queryForObject("select current_user", String.class))
                .as("role of a real connection of the application pool").isEqualTo(properties.appUser());
    }

    @Test
    void aPoolWhoseUrlNamesTheOwnerIsRefusedWhateverUserThePoolNames() {
        TestDatabase database = TestDatabase.get();
        String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "user=" + database.user()
                + (database.password().isEmpty() ? "" : "&password=" + database.password());
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(url);
            pool.setUsername(properties.appUser());
            pool.setPassword(properties.appPassword());
            pool.setMaximumPoolSize(1);
            assertThatThrownBy(() -> DatabaseRoles.requireIsolatedConnection(pool, properties.appUser()))
                    .as("a pool whose URL's user wins over the application role")
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("connects as '" + database.user() + "'");
        }
    }

    @Test
    void aPoolOfTheApplicationRoleIsAccepted() {
        assertThatCode(() -> DatabaseRoles.requireIsolatedConnection(dataSource, properties.appUser()))
                .as("the application role's own pool").doesNotThrowAnyException();
    }

    @Test
    void aNodeWithoutOwnerCredentialsStartsAsTheApplicationRoleAloneOnACurrentSchema() {
        TestDatabase database = TestDatabase.get();
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(CoreTestApplication.class).run(
                "--server.port=0", "--atrium.test.own-database=true", "--atrium.db.url=" + database.jdbcUrl(),
                "--atrium.db.owner-user=", "--atrium.db.owner-password=")) {
            assertThat(node.containsBean(DatabaseConfiguration.OWNER_DATA_SOURCE))
                    .as("an owner pool on a node without the owner's credentials").isFalse();
            assertThat(new JdbcTemplate(node.getBean(DataSource.class)).queryForObject("select current_user",
                    String.class)).as("role of the node's pool").isEqualTo(properties.appUser());
        }
    }

    @Test
    void aNodeWithoutOwnerCredentialsAcceptsACurrentSchema() {
        assertThatCode(() -> SchemaMigrations.requireCurrent(dataSource, properties.appUser(), List.of(coreSchemaMigration)))
                .as("the core schema this run migrated").doesNotThrowAnyException();
    }

    @Test
    void aNodeWithoutOwnerCredentialsRefusesASchemaThatIsBehind() {
        SchemaMigration pending = new SchemaMigration("not_yet_applied", getClass().getClassLoader(),
                List.of("classpath:db/migration/not-yet-applied"));
        assertThatThrownBy(() -> SchemaMigrations.requireCurrent(dataSource, properties.appUser(), List.of(coreSchemaMigration, pending)))
                .as("a module whose migration never ran")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not_yet_applied (1 pending")
                .hasMessageContaining("ATRIUM_ROLES=migrate");
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select to_regclass('not_yet_applied') is null", Boolean.class))
                .as("the check created nothing").isTrue();
    }
}
