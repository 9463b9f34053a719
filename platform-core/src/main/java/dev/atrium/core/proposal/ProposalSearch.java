package dev.atrium.core.proposal;

import dev.atrium.plugin.list.KeysetList;
import dev.atrium.plugin.list.KeysetRequest;
import dev.atrium.plugin.list.ListFilter;
import dev.atrium.plugin.persistence.TenantScopedEntity_;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * What a list of proposals asks for, from the API's query parameters or the list page's: a search in reference and
 * party name, filters (status, party, a date range, expired or not), a sort such as {@code -proposalDate} on the
 * keys {@link #LIST} declares, and where the page starts ({@code after} or {@code before} a cursor).
 *
 * @param expired true for the proposals past their validity date without an answer, false for the others
 */
record ProposalSearch(
        @Size(max = 100) String q,
        ProposalStatus status,
        Long party,
        LocalDate from,
        LocalDate to,
        Boolean expired,
        @Size(max = 200) String sort,
        @Size(max = CURSOR_LENGTH) String after,
        @Size(max = CURSOR_LENGTH) String before,
        @Min(1) @Max(100) Integer size) {

    private static final int CURSOR_LENGTH = 2000;
    static final String DEFAULT_SORT = "-proposalDate";

    /** A list row, read from the proposal's columns alone. */
    record Row(long id, String reference, long partyId, String partyName, Currency currency, LocalDate proposalDate,
            LocalDate validUntil, ProposalStatus status, BigDecimal netTotal, BigDecimal grossTotal) {
    }

    /** A row's columns, and what the list may be sorted by: NOT NULL columns, each with its index (V27). */
    static final KeysetList<Proposal, Row> LIST = KeysetList.of(Proposal.class, TenantScopedEntity_.id, Row.class,
                    TenantScopedEntity_.id, Proposal_.reference, Proposal_.partyId, Proposal_.partyName,
                    Proposal_.currency, Proposal_.proposalDate, Proposal_.validUntil, Proposal_.status,
                    Proposal_.netTotal, Proposal_.grossTotal)
            .key("proposalDate", Proposal_.proposalDate)
            .key("validUntil", Proposal_.validUntil)
            .key("reference", Proposal_.reference)
            .key("partyName", Proposal_.partyName);

    ProposalSearch {
        q = q == null || q.isBlank() ? null : q.strip();
        sort = sort == null || sort.isBlank() ? DEFAULT_SORT : sort;
        after = after == null || after.isBlank() ? null : after;
        before = before == null || before.isBlank() ? null : before;
        size = size == null ? 25 : size;
    }

    KeysetRequest keyset() {
        return LIST.request(sort, after, before, size);
    }

    /** The proposals the search keeps; expiry is judged against {@code today}, the company's. */
    ListFilter<Proposal> filter(LocalDate today) {
        ListFilter<Proposal> filter = ListFilter.all();
        if (q != null) {
            filter = filter.containsText(q, Proposal_.reference, Proposal_.partyName);
        }
        if (status != null) {
            filter = filter.equal(Proposal_.status, status);
        }
        if (party != null) {
            filter = filter.equal(Proposal_.partyId, party);
        }
        if (from != null) {
            filter = filter.sql("proposal_date >= ?", from);
        }
        if (to != null) {
            filter = filter.sql("proposal_date <= ?", to);
        }
        if (expired != null) {
            String[] open = ProposalStatus.open().stream().map(Enum::name).toArray(String[]::new);
            filter = expired ? filter.sql("status = any(?) and valid_until < ?", open, today)
                    : filter.sql("not (status = any(?) and valid_until < ?)", open, today);
        }
        return filter;
    }
}
