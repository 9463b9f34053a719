package dev.atrium.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MigrationOrderTest {

    static SchemaMigration migration(String name, String... requires) {
        return new SchemaMigration(name, MigrationOrderTest.class.getClassLoader(), List.of(), Set.of(requires));
    }

    static List<String> order(SchemaMigration... migrations) {
        return MigrationOrder.of(List.of(migrations)).stream().map(SchemaMigration::name).toList();
    }

    @Test
    void aModuleMigratesAfterTheModulesItRequiresEvenWhenItsNameComesFirst() {
        assertThat(order(migration("amc", "contracts"), migration("contracts"), migration("modules"),
                migration("core")))
                .containsExactly("core", "modules", "contracts", "amc");
    }

    @Test
    void theCoreAndTheModuleRegistryComeFirstAndIndependentModulesAlphabetically() {
        assertThat(order(migration("stock"), migration("projects"), migration("modules"), migration("core"),
                migration("contracts")))
                .containsExactly("core", "modules", "contracts", "projects", "stock");
    }

    @Test
    void chainsAndDiamondsFollowEveryRequirementWithTiesAlphabetical() {
        assertThat(order(migration("zeta"), migration("billing", "zeta", "alpha"), migration("alpha"),
                migration("reports", "billing"), migration("audit", "reports")))
                .containsExactly("alpha", "zeta", "billing", "reports", "audit");
    }

    @Test
    void aRequirementWithoutMigrationsOfItsOwnIsIgnored() {
        assertThat(order(migration("amc", "contracts", "calendar"), migration("contracts")))
                .containsExactly("contracts", "amc");
    }

    @Test
    void aCycleIsRefusedNamingTheModulesInIt() {
        assertThatThrownBy(() -> order(migration("core"), migration("amc", "contracts"),
                migration("contracts", "projects"), migration("projects", "amc"), migration("stock")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cycle")
                .hasMessageContaining("amc → contracts → projects → amc");
    }

    @Test
    void twoMigrationsWithOneNameAreRefused() {
        assertThatThrownBy(() -> order(migration("contracts"), migration("contracts")))
                .hasMessageContaining("'contracts'");
    }
}
