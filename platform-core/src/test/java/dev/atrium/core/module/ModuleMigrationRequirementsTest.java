package dev.atrium.core.module;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.database.SchemaMigration;
import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.numbering.NumberReset;
import dev.atrium.plugin.numbering.NumberSeries;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.assertj.core.groups.Tuple;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

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
    void eachModulesMigrationAndNumberSeriesBecomeBeansOfTheHost() {
        ModuleDescriptor contracts = ModuleDescriptor.builder("contracts", "Contracts")
                .numberSeries("contracts.contract", "Contracts", "CT", "{prefix}-{yyyy}-{seq:5}", NumberReset.YEARLY)
                .build();
        ModuleDescriptor amc = ModuleDescriptor.builder("amc", "AMC").requires("contracts").build();
        DefaultListableBeanFactory host = new DefaultListableBeanFactory();

        ModuleRegistrar.declareModuleBeans(host, List.of(withMigrations(amc), withMigrations(contracts)));

        assertThat(host.getBeansOfType(SchemaMigration.class).values())
                .extracting(SchemaMigration::name, SchemaMigration::requires)
                .containsExactlyInAnyOrder(Tuple.tuple("amc", Set.of("contracts")),
                        Tuple.tuple("contracts", Set.of()));
        assertThat(host.getBeansOfType(NumberSeries.class).values()).extracting(NumberSeries::key)
                .containsExactly("contracts.contract");
    }

    static InstalledModule withMigrations(ModuleDescriptor descriptor) {
        AtriumModule module = new AtriumModule() {
            @Override
            public ModuleDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public List<String> migrationLocations() {
                return List.of("classpath:db/migration/" + descriptor.key());
            }
        };
        return new InstalledModule(descriptor, module, ModuleMigrationRequirementsTest.class.getClassLoader(),
                Path.of(descriptor.key() + ".zip"));
    }

    @Test
    void requirementsInACycleStillEndAndLeaveTheCycleToTheOrdering() {
        Map<String, InstalledModule> installed = Stream.of(module("amc", "contracts"), module("contracts", "amc"))
                .collect(Collectors.toMap(InstalledModule::key, Function.identity()));

        assertThat(ModuleRegistrar.allRequired(installed.get("amc"), installed)).containsExactly("contracts");
    }
}
