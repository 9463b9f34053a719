package dev.atrium.core.module;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.plugin.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ModuleMigrationRequirementsTest {

    static InstalledModule module(String key, String... requires) {
        ModuleDescriptor descriptor = ModuleDescriptor.builder(key, key).requires(requires).build();
        return new InstalledModule(descriptor, () -> descriptor, ModuleMigrationRequirementsTest.class.getClassLoader(),
                Path.of(key + ".zip"));
    }

    @Test
    void aModuleMigratesAfterEverythingItRequiresThroughModulesWithoutMigrations() {
        Map<String, InstalledModule> installed = Stream.of(module("amc", "contracts"), module("contracts", "calendar"),
                        module("calendar", "core_tables"), module("core_tables"), module("stock"))
                .collect(Collectors.toMap(InstalledModule::key, Function.identity()));

        assertThat(ModuleRegistrar.allRequired(installed.get("amc"), installed))
                .containsExactly("calendar", "contracts", "core_tables");
        assertThat(ModuleRegistrar.allRequired(installed.get("stock"), installed)).isEmpty();
    }

    @Test
    void requirementsInACycleStillEndAndLeaveTheCycleToTheOrdering() {
        Map<String, InstalledModule> installed = Stream.of(module("amc", "contracts"), module("contracts", "amc"))
                .collect(Collectors.toMap(InstalledModule::key, Function.identity()));

        assertThat(ModuleRegistrar.allRequired(installed.get("amc"), installed)).containsExactly("contracts");
    }
}
