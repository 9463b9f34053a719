package dev.atrium.contracts;

import dev.atrium.plugin.event.PartyChanged;
import org.springframework.context.event.EventListener;

/** Hears the host's party changes: a renamed customer shows under its new name on its contracts. */
class ContractCustomers {

    private final ContractService contracts;

    ContractCustomers(ContractService contracts) {
        this.contracts = contracts;
    }

    @EventListener
    public void on(PartyChanged event) {
        // A deleted party has no contracts left: the host refuses to delete one that has.
        if (event.change() == PartyChanged.Change.UPDATED) {
            contracts.renameCustomer(event.party().id(), event.party().name());
        }
    }
}
