package dev.atrium.contracts.export;

import dev.atrium.plugin.money.Money;
import java.time.LocalDate;

/**
 * A running contract as another module sees it.
 *
 * @param activeLines how many of its lines are active
 * @param activeTotal what its active lines amount to, in the tenant's currency
 */
public record ContractSummary(long id, String reference, String title, LocalDate startDate, LocalDate endDate,
        int activeLines, Money activeTotal) {
}
