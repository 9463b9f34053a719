package dev.atrium.admin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class AdminArchitectureTest {

    private static final JavaClasses CONSOLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.atrium.admin");

    @Test
    void featurePackagesOfTheConsoleHaveNoCycles() {
        slices().matching("dev.atrium.admin.(*)..").should().beFreeOfCycles().check(CONSOLE);
    }

    @Test
    void theConsoleNeverActsAsATenantUserNorBindsATenant() {
        noClasses().should().dependOnClassesThat().belongToAnyOf(AtriumPrincipal.class, TenantContext.class)
                .because("operators work on platform rows only, never inside a tenant's session")
                .check(CONSOLE);
    }

    /** The console's features (operator, tenants) as Spring Modulith modules: each uses only the other's API. */
    @Test
    void consoleFeaturesUseOnlyEachOthersApiAndHaveNoCycles() {
        ApplicationModules.of("dev.atrium.admin").verify();
    }
}
