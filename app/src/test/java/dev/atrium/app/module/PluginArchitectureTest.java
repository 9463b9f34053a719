package dev.atrium.app.module;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module archives as they ship: each compiles against the plugin API alone, never the host or another module. */
class PluginArchitectureTest {

    private static final List<String> MODULES = List.of("contracts", "amc", "projects", "stock");

    @Test
    void modulesDependOnThePluginApiAndLibrariesOnly() throws IOException {
        JavaClasses archives = shippedArchives();
        for (String module : MODULES) {
            assertThat(archives.containPackage("dev.atrium." + module)).as("classes of " + module + " imported").isTrue();
        }
        noClasses().that().resideInAnyPackage(modulePackages(MODULES))
                .should().dependOnClassesThat().resideInAnyPackage("dev.atrium.core..", "dev.atrium.admin..",
                        "dev.atrium.app..")
                .check(archives);
    }

    /**
     * The one road between modules is an export: a module may use another's {@code export} package, and only
     * of a module its descriptor requires (amc requires contracts); nothing else of any other module.
     */
    @Test
    void aModuleReachesAnotherOnlyThroughTheExportOfAModuleItRequires() throws IOException {
        JavaClasses archives = shippedArchives();
        Map<String, List<String>> requires = Map.of("amc", List.of("contracts"));
        for (String module : MODULES) {
            List<String> others = MODULES.stream().filter(other -> !other.equals(module)).toList();
            List<String> exportsItMayUse = requires.getOrDefault(module, List.of()).stream()
                    .map(required -> "dev.atrium." + required + ".export..").toList();
            noClasses().that().resideInAPackage("dev.atrium." + module + "..")
                    .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(modulePackages(others))
                            .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(
                                    exportsItMayUse.toArray(String[]::new)))))
                    .check(archives);
        }
        noClasses().that().resideInAPackage("dev.atrium.contracts.export..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.atrium.contracts")
                .as("contracts' export names nothing of contracts' internals").check(archives);
    }

    private static String[] modulePackages(List<String> modules) {
        return modules.stream().map(module -> "dev.atrium." + module + "..").toArray(String[]::new);
    }

    private static JavaClasses shippedArchives() throws IOException {
        try (Stream<Path> files = Files.list(PluginArchives.INSTALLED)) {
            List<Location> jars = files.filter(path -> path.toString().endsWith(".jar"))
                    .map(path -> Location.of(path.toUri())).toList();
            assertThat(jars).as("module archives in " + PluginArchives.INSTALLED).hasSize(MODULES.size());
            return new ClassFileImporter().importLocations(jars);
        }
    }
}
