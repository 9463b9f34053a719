package dev.atrium.contracts;

import dev.atrium.plugin.list.ChoosableColumns;
import dev.atrium.plugin.list.CsvColumns;
import java.util.List;
import java.util.Set;

/**
 * The contracts list's columns: those each user chooses to see, and those an export offers (their headers are
 * {@code contracts.list.field.<key>} either way). Apart from {@link ContractSearch}, whose list is declared on the
 * metamodel: the host reads the choosable ones at boot, before the persistence unit that fills the metamodel starts.
 */
final class ContractColumns {

    /** On the page, the reference, which links to the contract, always. */
    static final ChoosableColumns LIST = new ChoosableColumns("contracts",
            List.of("reference", "title", "customer", "startDate", "endDate", "createdBy", "tags"),
            List.of("reference", "title", "customer", "startDate", "endDate", "createdBy", "tags"),
            Set.of("reference"));

    /** In an export; the tags are left out, as in the host's exports. */
    static final CsvColumns<ContractSearch.Row> EXPORT = CsvColumns.of("reference", ContractSearch.Row::reference)
            .and("title", ContractSearch.Row::title)
            .and("customer", ContractSearch.Row::customerName)
            .and("startDate", ContractSearch.Row::startDate)
            .and("endDate", ContractSearch.Row::endDate)
            .and("createdBy", ContractSearch.Row::createdByName);

    private ContractColumns() {
    }
}
