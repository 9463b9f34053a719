package dev.atrium.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

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

    @Test
    void restControllersAreNamedApiControllers() {
        classes().that().resideInAPackage("dev.atrium.core..").and().areAnnotatedWith(RestController.class)
                .should().haveSimpleNameEndingWith("ApiController")
                .because("the naming scheme: <Noun>ApiController answers JSON, <Noun>PageController pages")
                .check(CORE);
    }

    @Test
    void pageControllersAreNamedPageControllers() {
        classes().that().resideInAPackage("dev.atrium.core..").and().areAnnotatedWith(Controller.class)
                .and().doNotImplement(ErrorController.class)
                .should().haveSimpleNameEndingWith("PageController")
                .because("the naming scheme: <Noun>PageController renders pages, <Noun>ApiController JSON")
                .check(CORE);
    }
}
