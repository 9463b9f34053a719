package dev.atrium.core.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.module.ModuleExport;
import dev.atrium.core.test.PlatformTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A module's export reaches the modules that require it and no other, and every call through it passes the
 * exporter's activation for the tenant bound at the call. The modules are real child contexts of the host built
 * by {@link ModuleContexts}, as plugins' would be; which tenants have the exporter active is this test's to say.
 */
@PlatformTest
class ModuleExportsTest {

    /** What the exporting module publishes. */
    @ModuleExport
    public interface Greeting {
        String greet(String name);
    }

    /** Not marked: a bean of the exporter that stays its own. */
    public interface Internal {
        String secret();
    }

    static class Greeter implements Greeting, Internal {
        @Override
        public String greet(String name) {
            return "Hello " + name + " from tenant " + TenantContext.current().orElseThrow();
        }

        @Override
        public String secret() {
            return "kept";
        }
    }

    /** The requiring module's bean, given the export by constructor like any other bean. */
    static class Welcomer {
        final Greeting greeting;

        Welcomer(Greeting greeting) {
            this.greeting = greeting;
        }
    }

    /** A module that does not require the exporter, asking for the export anyway. */
    static class Stranger {
        final Optional<Greeting> greeting;
        final Optional<Internal> internal;

        Stranger(ObjectProvider<Greeting> greeting, ObjectProvider<Internal> internal) {
            this.greeting = Optional.ofNullable(greeting.getIfAvailable());
            this.internal = Optional.ofNullable(internal.getIfAvailable());
        }
    }

    @Autowired
    ApplicationContext host;

    final Set<Long> exporterActiveFor = ConcurrentHashMap.newKeySet();

    ModuleContexts contexts;

    @BeforeEach
    void startThreeModules() {
        // The requiring module comes first on purpose: contexts start in requires order, not in listing order.
        InstalledModules installed = new InstalledModules(List.of(
                module(ModuleDescriptor.builder("welcomer", "Welcomer").requires("greeter").build(), Welcomer.class),
                module(ModuleDescriptor.builder("greeter", "Greeter").build(), Greeter.class),
                module(ModuleDescriptor.builder("stranger", "Stranger").build(), Stranger.class)),
                List.of(), () -> { });
        contexts = new ModuleContexts(host, installed, new ModuleHandlerMapping(), new ModuleHandlers(), key -> {
            long tenant = TenantContext.current().orElse(TenantContext.NO_TENANT);
            if (!exporterActiveFor.contains(tenant)) {
                throw new ModuleNotActiveException(key, "Greeter");
            }
        });
        contexts.afterSingletonsInstantiated();
    }

    @AfterEach
    void stopThem() {
        contexts.destroy();
    }

    @Test
    void aModuleThatRequiresTheExporterReceivesItsExportAndCallsItWithItsTenantBound() {
        exporterActiveFor.add(7L);
        Greeting greeting = contexts.contextOf("welcomer").getBean(Welcomer.class).greeting;

        assertThat(TenantContext.callAs(7L, () -> greeting.greet("Ann"))).isEqualTo("Hello Ann from tenant 7");
        assertThat(contexts.exportsReceivedBy("welcomer")).containsExactly(Greeting.class.getName());
    }

    @Test
    void aModuleThatDoesNotRequireTheExporterCannotGetItsExportNorAnyOfItsBeans() {
        Stranger stranger = contexts.contextOf("stranger").getBean(Stranger.class);

        assertThat(stranger.greeting).as("the export, in a module not requiring its exporter").isEmpty();
        assertThat(stranger.internal).as("an unexported bean of another module").isEmpty();
        assertThat(contexts.exportsReceivedBy("stranger")).isEmpty();
        assertThat(host.getBeanProvider(Greeting.class).getIfAvailable()).as("the export, in the host").isNull();
    }

    @Test
    void onlyTheMarkedInterfaceIsExportedNotTheBeanItself() {
        ApplicationContext welcomer = contexts.contextOf("welcomer");

        assertThat(welcomer.getBeanProvider(Internal.class).getIfAvailable()).isNull();
        assertThat(welcomer.getBeanProvider(Greeter.class).getIfAvailable()).isNull();
    }

    @Test
    void aCallForATenantWithoutTheExporterActiveOrWithNoTenantIsTheModuleNotActiveProblem() {
        exporterActiveFor.add(7L);
        Greeting greeting = contexts.contextOf("welcomer").getBean(Welcomer.class).greeting;

        assertThatThrownBy(() -> TenantContext.callAs(8L, () -> greeting.greet("Bob")))
                .isInstanceOfSatisfying(ModuleNotActiveException.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(404);
                    assertThat(refusal.type()).isEqualTo("module-not-active");
                    assertThat(refusal.moduleKey()).isEqualTo("greeter");
                });
        assertThatThrownBy(() -> greeting.greet("Nobody")).isInstanceOf(ModuleNotActiveException.class);
    }

    private InstalledModule module(ModuleDescriptor descriptor, Class<?> bean) {
        AtriumModule module = new AtriumModule() {
            @Override
            public ModuleDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public List<Class<?>> configurationClasses() {
                return List.of(bean);
            }
        };
        return new InstalledModule(descriptor, module, getClass().getClassLoader(), Path.of(descriptor.key() + ".jar"));
    }
}
