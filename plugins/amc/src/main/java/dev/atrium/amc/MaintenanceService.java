package dev.atrium.amc;

import dev.atrium.contracts.export.ContractSummary;
import dev.atrium.contracts.export.CustomerContracts;
import dev.atrium.plugin.party.Parties;
import dev.atrium.plugin.party.PartyReference;
import dev.atrium.plugin.problem.NotFoundException;
import java.util.List;

/**
 * What maintenance is built on: a customer's running contracts, asked of the contracts module through its export
 * (the only way to reach a module this one requires).
 */
class MaintenanceService {

    private final Parties parties;
    private final CustomerContracts contracts;

    MaintenanceService(Parties parties, CustomerContracts contracts) {
        this.parties = parties;
        this.contracts = contracts;
    }

    /**
     * The customer's contracts a maintenance contract could cover. The party is looked up first: the export
     * answers an unknown party with nothing, and another tenant's party must be a 404, not an empty list.
     */
    MaintenanceCandidates candidatesFor(long partyId) {
        PartyReference customer = parties.find(partyId).orElseThrow(() -> new NotFoundException("Third party", partyId));
        return new MaintenanceCandidates(customer.id(), customer.name(), contracts.activeContractsOf(partyId));
    }

    /** Customers to choose from on the maintenance page, by name. */
    List<PartyReference> customers() {
        return parties.search("", 100).stream().filter(party -> party.customer() && party.active()).toList();
    }

    record MaintenanceCandidates(long partyId, String customerName, List<ContractSummary> contracts) {
    }
}
