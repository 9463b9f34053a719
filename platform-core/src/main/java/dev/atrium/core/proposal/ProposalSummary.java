package dev.atrium.core.proposal;

import dev.atrium.plugin.list.CsvColumns;
import dev.atrium.plugin.money.Money;
import java.time.LocalDate;
import java.util.function.Function;

/** A proposal as a list row or an export line, its expiry judged on the company's today. */
record ProposalSummary(long id, String reference, long partyId, String partyName, LocalDate proposalDate,
        LocalDate validUntil, ProposalStatus status, boolean expired, Money net, Money gross) {

    static ProposalSummary of(ProposalSearch.Row row, LocalDate today) {
        return new ProposalSummary(row.id(), row.reference(), row.partyId(), row.partyName(), row.proposalDate(),
                row.validUntil(), row.status(), row.status().expiredOn(row.validUntil(), today),
                Money.of(row.netTotal(), row.currency()), Money.of(row.grossTotal(), row.currency()));
    }

    /** An export's columns, named by field ({@code proposal.field.<field>} heads them); statuses in words. */
    static CsvColumns<ProposalSummary> columns(Function<String, String> say) {
        return CsvColumns.<ProposalSummary>of("reference", ProposalSummary::reference)
                .and("party", ProposalSummary::partyName)
                .and("proposalDate", ProposalSummary::proposalDate)
                .and("validUntil", ProposalSummary::validUntil)
                .and("status", row -> say.apply("proposal.status." + row.status().key()))
                .and("expired", row -> say.apply(row.expired() ? "common.yes" : "common.no"))
                .and("currency", row -> row.gross().currency().getCurrencyCode())
                .and("net", row -> row.net().amount())
                .and("gross", row -> row.gross().amount());
    }
}
