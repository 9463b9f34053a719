package dev.atrium.contracts;

import dev.atrium.plugin.list.ChoosableColumns;
import java.util.List;
import java.util.Set;

/**
 * The contracts list's columns, which each user chooses to see (their headers are
 * {@code contracts.list.field.<key>}); the reference, which links to the contract, always. Apart from
 * {@link ContractSearch}, whose list is declared on the metamodel: the host reads these at boot, before the
 * persistence unit that fills the metamodel starts.
 */
final class ContractColumns {

    static final ChoosableColumns LIST = new ChoosableColumns("contracts",
            List.of("reference", "title", "customer", "startDate", "endDate", "createdBy", "tags"),
            List.of("reference", "title", "customer", "startDate", "endDate", "createdBy", "tags"),
            Set.of("reference"));

    private ContractColumns() {
    }
}
