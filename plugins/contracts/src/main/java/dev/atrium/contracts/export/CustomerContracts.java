package dev.atrium.contracts.export;

import dev.atrium.plugin.module.ModuleExport;
import java.util.List;

/**
 * What contracts lets the modules that require it know of a customer's contracts. Called with the caller's
 * tenant bound; refused with the {@code module-not-active} problem when that tenant has not activated contracts.
 *
 * <pre>{@code
 * List<ContractSummary> running = customerContracts.activeContractsOf(partyId);
 * }</pre>
 */
@ModuleExport
public interface CustomerContracts {

    /**
     * The customer's contracts running today (in the tenant's zone) with at least one active line, by reference;
     * empty for a party the tenant has no contracts with, or has not at all: check the party first.
     */
    List<ContractSummary> activeContractsOf(long partyId);
}
