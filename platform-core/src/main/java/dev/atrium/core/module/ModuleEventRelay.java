package dev.atrium.core.module;

import dev.atrium.plugin.event.HostEvent;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands the host's {@link HostEvent}s to the modules once the publishing transaction committed, never on a
 * rollback. Spring tells a parent context what a child publishes, not the other way round, so the host relays
 * them. An event published outside any transaction has nothing to wait for and goes at once.
 */
class ModuleEventRelay {

    private final Supplier<ModuleContexts> contexts;
    private final TransactionTemplate outsideTransaction;

    ModuleEventRelay(Supplier<ModuleContexts> contexts, PlatformTransactionManager transactions) {
        this.contexts = contexts;
        // After commit the finished transaction's resources are still bound: a listener's @Transactional would
        // join it and its writes would never commit. Suspended, the listener starts its own transaction.
        this.outsideTransaction = new TransactionTemplate(transactions);
        this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void relay(HostEvent event) {
        ModuleContexts modules = contexts.get();
        if (modules == null) {
            return; // a node without the web layer (ATRIUM_ROLES=migrate) starts no module context to deliver to
        }
        outsideTransaction.executeWithoutResult(status -> modules.deliver(event));
    }
}
