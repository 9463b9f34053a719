package dev.atrium.contracts;

import dev.atrium.contracts.export.ContractSummary;
import dev.atrium.contracts.export.CustomerContracts;
import java.util.List;

/** Contracts' export to the modules that require it: the host hands it to them, guarded by activation. */
class CustomerContractsExport implements CustomerContracts {

    private final ContractService contracts;

    CustomerContractsExport(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<ContractSummary> activeContractsOf(long partyId) {
        return contracts.activeContractsOf(partyId);
    }
}
