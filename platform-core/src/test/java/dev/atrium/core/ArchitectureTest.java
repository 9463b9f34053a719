package dev.atrium.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.atrium.core", "dev.atrium.plugin");

    @Test
    void featurePackagesOfTheCoreHaveNoCycles() {
        slices().matching("dev.atrium.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theCoreNamesNoPluginModule() {
        noClasses().that().resideInAPackage("dev.atrium.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.atrium.contracts..", "dev.atrium.amc..",
                        "dev.atrium.projects..", "dev.atrium.stock..", "dev.atrium.modules..")
                .check(CORE);
    }

    @Test
    void thePluginApiDependsOnNothingOfTheCore() {
        noClasses().that().resideInAPackage("dev.atrium.plugin..")
                .should().dependOnClassesThat().resideInAPackage("dev.atrium.core..")
                .check(CORE);
    }
}
