package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.SchemaIsolationChecks;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The core's schema checks once more, on the schema the application ships
 * with: the module archives' migrations have run here, so every module table
 * must be a tenant table like the core's. The core's own tests run before any
 * module is built and see none of them.
 */
class TenantTablesOfTheAssembledApplicationTest extends AssembledApplicationTest {

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @Autowired
    DataSource dataSource;

    SchemaIsolationChecks checks;

    @BeforeAll
    void readTheSchemaAsItsOwner() {
        checks = new SchemaIsolationChecks(ownerDataSource);
    }

    @Test
    void theModulesTablesAreAmongTheTablesChecked() {
        assertThat(checks.tenantTables()).as("tenant tables of the core, the module registry and the modules")
                .contains("third_party", "tenant_module", "contract");
    }

    @Test
    void everyTenantTableForcesRowLevelSecurityOnTheTenantSetting() {
        checks.assertEveryTenantTableForcesRowLevelSecurityOnTheTenantSetting();
    }

    @Test
    void everyTenantTableIsKeyedAndReferencedByTenant() {
        checks.assertEveryTenantTableIsKeyedAndReferencedByTenant();
    }

    @Test
    void theApplicationRoleHoldsWhatEveryTableOfTheCoreAndTheModulesNeeds() {
        checks.assertTheApplicationRoleHoldsWhatEveryTableNeeds(
                new JdbcTemplate(dataSource).queryForObject("select current_user", String.class));
    }
}
