package dev.atrium.core.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.PlatformTest;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the application role may do on a table is what its migrations granted and revoked, and stays so:
 * migrating again, as every node holding the owner's credentials does at boot, grants nothing back.
 * Isolated: its probe table stands in the public schema, whose grants other tests check, until it is dropped.
 */
@PlatformTest
@Isolated
class GrantsDeclaredByMigrationsTest {

    @Autowired
    @Qualifier(DatabaseConfiguration.OWNER_DATA_SOURCE)
    DataSource ownerDataSource;

    @Autowired
    DatabaseProperties properties;

    @Autowired
    List<SchemaMigration> migrations;

    @Test
    void aPrivilegeAMigrationRevokedStaysRevokedAtTheNextBoot() {
        SchemaMigration probe = new SchemaMigration("grant_probe", getClass().getClassLoader(),
                List.of("classpath:db/migration/grant-probe"));
        SchemaMigrations.migrate(ownerDataSource, properties.appUser(), List.of(probe));
        assertThat(privileges()).as("after the migrations that grant, then revoke delete")
                .containsExactly("SELECT", "INSERT", "UPDATE");

        // The next boot migrates every schema again: nothing pending, nothing granted back.
        List<SchemaMigration> everything = new ArrayList<>(migrations);
        everything.add(probe);
        SchemaMigrations.migrate(ownerDataSource, properties.appUser(), everything);
        assertThat(privileges()).as("after the next boot's migration").containsExactly("SELECT", "INSERT", "UPDATE");
        assertThat(new JdbcTemplate(ownerDataSource).queryForObject(
                "select has_table_privilege(?, 'flyway_history_grant_probe', 'INSERT')", Boolean.class,
                properties.appUser())).as("the application role writes the probe's migration history").isFalse();
    }

    @AfterEach
    void dropTheProbe() {
        new JdbcTemplate(ownerDataSource).execute("drop table if exists grant_probe, flyway_history_grant_probe");
    }

    private List<String> privileges() {
        return new JdbcTemplate(ownerDataSource).queryForList("""
                select p.privilege from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE'])
                       with ordinality p(privilege, n)
                 where has_table_privilege(?, 'public.grant_probe', p.privilege) order by p.n
                """, String.class, properties.appUser());
    }
}
