package dev.atrium.core.module;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.plugin.event.HostEvent;
import dev.atrium.plugin.event.PartyChanged;
import dev.atrium.plugin.event.TenantProvisioned;
import dev.atrium.plugin.module.AtriumModule;
import dev.atrium.plugin.module.ModuleDescriptor;
import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.party.PartyStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Host events reach a module's child context through the host's relay: once, after the commit, with the
 * event's tenant bound and no transaction left open; never when the change rolled back. The module here is a
 * real child context of the host built by {@link ModuleContexts}, as a plugin's would be.
 */
@PlatformTest
class HostEventsReachModulesTest {

    private static final AtomicReference<ModuleContexts> LISTENING = new AtomicReference<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class ListeningModuleRelay {
        @Bean
        ModuleEventRelay listeningModuleRelay(PlatformTransactionManager transactions) {
            return new ModuleEventRelay(LISTENING::get, transactions);
        }
    }

    record Hearing(HostEvent event, Optional<Long> boundTenant, boolean inTransaction) {
    }

    /** The module's one bean: writes down what it hears, and under which tenant and transaction. */
    static class Heard {
        final List<Hearing> hearings = new CopyOnWriteArrayList<>();

        @EventListener
        void on(HostEvent event) {
            hearings.add(new Hearing(event, TenantContext.current(),
                    TransactionSynchronizationManager.isActualTransactionActive()));
        }
    }

    @Autowired
    ApplicationContext host;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TestTenants tenants;

    ModuleContexts contexts;

    @BeforeEach
    void startAListeningModule() {
        ModuleDescriptor descriptor = ModuleDescriptor.builder("listener", "Listener").build();
        AtriumModule module = new AtriumModule() {
            @Override
            public ModuleDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public List<Class<?>> configurationClasses() {
                return List.of(Heard.class);
            }
        };
        InstalledModules installed = new InstalledModules(List.of(new InstalledModule(descriptor, module,
                getClass().getClassLoader(), Path.of("listener.jar"))), List.of(), () -> { });
        contexts = new ModuleContexts(host, installed, new ModuleHandlerMapping(), new ModuleHandlers(), key -> { });
        contexts.afterSingletonsInstantiated();
        LISTENING.set(contexts);
    }

    @AfterEach
    void stopIt() {
        LISTENING.set(null);
        contexts.destroy();
    }

    @Test
    void aModuleHearsAPartyChangeOnceAfterCommitWithTheTenantBoundAndNoTransactionOpen() {
        TestTenant acme = tenants.create("Acme");
        List<Hearing> hearings = heard().hearings;
        hearings.clear();
        PartyChanged change = partyChanged(acme.id());

        List<Hearing> beforeCommit = TenantContext.callAs(acme.id(), () -> new TransactionTemplate(transactions)
                .execute(status -> {
                    events.publishEvent(change);
                    return List.copyOf(hearings);
                }));

        assertThat(beforeCommit).as("heard inside the publishing transaction").isEmpty();
        assertThat(hearings).as("what the module heard after the commit")
                .containsExactly(new Hearing(change, Optional.of(acme.id()), false));
    }

    @Test
    void aModuleNeverHearsAChangeThatRolledBack() {
        TestTenant acme = tenants.create("Acme");
        List<Hearing> hearings = heard().hearings;
        hearings.clear();

        TenantContext.runAs(acme.id(), () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(partyChanged(acme.id()));
            status.setRollbackOnly();
        }));

        assertThat(hearings).as("heard of a rolled-back change").isEmpty();
    }

    @Test
    void aModuleHearsThatATenantWasProvisionedWithThatTenantBound() {
        heard().hearings.clear();

        TestTenant globex = tenants.create("Globex");

        assertThat(heard().hearings).filteredOn(h -> h.event() instanceof TenantProvisioned)
                .containsExactly(new Hearing(new TenantProvisioned(globex.id(), globex.slug()),
                        Optional.of(globex.id()), false));
    }

    private Heard heard() {
        return contexts.contextOf("listener").getBean(Heard.class);
    }

    private static PartyChanged partyChanged(long tenantId) {
        return new PartyChanged(tenantId, new PartyReference(42, "C00042", "Renamed SA", PartyStatus.ACTIVE, true,
                false, null, java.util.Currency.getInstance("EUR"), "NET_30"), PartyChanged.Change.UPDATED);
    }
}
