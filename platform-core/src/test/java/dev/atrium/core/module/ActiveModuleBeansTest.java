package dev.atrium.core.module;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.plugin.link.DocumentLinkProvider;
import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The host asks a module's beans only for a tenant that has the module active: two modules each describe their
 * documents, a tenant with one of them active hears from that one alone, and with no tenant bound none is asked.
 * The modules here are real child contexts of the host built by {@link ModuleContexts}, as a plugin's would be.
 */
@PlatformTest
class ActiveModuleBeansTest {

    private static final long ALPHA_ONLY = 1001;
    private static final long BOTH = 1002;

    /** A module's provider, named after the module whose context holds it. */
    abstract static class Provider implements DocumentLinkProvider {
        @Override
        public String typeName(Locale locale) {
            return documentType();
        }

        @Override
        public List<LinkedDocument> describe(List<Long> ids) {
            return ids.stream().map(id -> new LinkedDocument(documentType(), id, documentType() + " " + id, null,
                    documentType() + "/" + id)).toList();
        }
    }

    static class AlphaProvider extends Provider {
        @Override
        public String documentType() {
            return "alpha-document";
        }
    }

    static class BetaProvider extends Provider {
        @Override
        public String documentType() {
            return "beta-document";
        }
    }

    @Autowired
    ApplicationContext host;

    ModuleContexts contexts;
    ActiveModuleBeans activeModules;

    @BeforeEach
    void startTwoModules() {
        InstalledModules installed = new InstalledModules(List.of(module("alpha", AlphaProvider.class),
                module("beta", BetaProvider.class)), List.of(), () -> { });
        contexts = new ModuleContexts(host, installed, new ModuleHandlerMapping(), new ModuleHandlers(), key -> { });
        contexts.afterSingletonsInstantiated();
        Map<Long, Set<String>> active = Map.of(ALPHA_ONLY, Set.of("alpha"), BOTH, Set.of("alpha", "beta"));
        activeModules = new ActiveModuleBeans(() -> contexts, installed,
                tenantId -> active.getOrDefault(tenantId, Set.of()));
    }

    @AfterEach
    void stopThem() {
        contexts.destroy();
    }

    @Test
    void onlyTheModulesTheBoundTenantHasActiveAreAsked() {
        assertThat(TenantContext.callAs(ALPHA_ONLY, this::askedTypes)).as("asked for a tenant with alpha active")
                .containsExactly("alpha-document");
        assertThat(TenantContext.callAs(BOTH, this::askedTypes)).as("asked for a tenant with both active")
                .containsExactly("alpha-document", "beta-document");
        assertThat(TenantContext.callAs(1003L, this::askedTypes)).as("asked for a tenant with none active").isEmpty();
        assertThat(askedTypes()).as("asked with no tenant bound").isEmpty();
    }

    private List<String> askedTypes() {
        return activeModules.ask(DocumentLinkProvider.class, DocumentLinkProvider::documentType);
    }

    private InstalledModule module(String key, Class<?> provider) {
        ModuleDescriptor descriptor = ModuleDescriptor.builder(key, key).build();
        AtriumModule module = new AtriumModule() {
            @Override
            public ModuleDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public List<Class<?>> configurationClasses() {
                return List.of(provider);
            }
        };
        return new InstalledModule(descriptor, module, getClass().getClassLoader(), Path.of(key + ".jar"));
    }
}
