package dev.atrium.contracts;

import dev.atrium.plugin.list.KeysetList;
import dev.atrium.plugin.list.KeysetRequest;
import dev.atrium.plugin.list.ListFilter;
import dev.atrium.plugin.persistence.TenantScopedEntity_;
import dev.atrium.plugin.tag.Tags;
import dev.atrium.plugin.problem.ProblemException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a list of contracts asks for, from the API's query parameters or the list page's: a search in reference,
 * title and customer name (accents, case and punctuation aside), the contracts carrying one tag, a sort such as
 * {@code -startDate,reference} on the keys {@link #LIST} declares, where the page starts: {@code after} or
 * {@code before} a cursor of an earlier answer, {@code size} rows at most; and, for the list's bulk actions, the
 * ids of the rows ticked (none: every match).
 */
record ContractSearch(String q, Long tag, String sort, String after, String before, int size, List<Long> ids) {

    static final int DEFAULT_SIZE = 25;
    static final int MAX_SIZE = 100;
    static final String DEFAULT_SORT = "reference";

    /** A list row, read from the contract's columns alone; its tags are read for the whole page at once. */
    record Row(long id, String reference, String title, Long partyId, String customerName, LocalDate startDate,
            LocalDate endDate, String createdByName) {
    }

    /** A row's columns, and what the list may be sorted by: NOT NULL columns all (V5), each with its index. */
    static final KeysetList<Contract, Row> LIST = KeysetList.of(Contract.class, TenantScopedEntity_.id, Row.class,
                    TenantScopedEntity_.id, Contract_.reference, Contract_.title, Contract_.partyId,
                    Contract_.customerName, Contract_.startDate, Contract_.endDate, Contract_.createdByName)
            .key("reference", Contract_.reference)
            .key("title", Contract_.title)
            .key("startDate", Contract_.startDate)
            .key("endDate", Contract_.endDate);

    ContractSearch {
        q = q == null || q.isBlank() ? null : q.strip();
        sort = sort == null || sort.isBlank() ? DEFAULT_SORT : sort;
        after = after == null || after.isBlank() ? null : after;
        before = before == null || before.isBlank() ? null : before;
        ids = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.size() > MAX_SIZE) {
            throw ProblemException.invalidField("ids", "must name at most " + MAX_SIZE + " contracts, a page's worth");
        }
    }

    ContractSearch(String q, Long tag, String sort, String after, String before, int size) {
        this(q, tag, sort, after, before, size, List.of());
    }

    static ContractSearch all() {
        return new ContractSearch(null, null, null, null, null, DEFAULT_SIZE);
    }

    /** The same search without its ticked rows: every match, for "Export all matches". */
    ContractSearch everyMatch() {
        return new ContractSearch(q, tag, sort, null, null, size);
    }

    /** The page this search asks for; a 400 naming {@code sort}, {@code after} or {@code before} when one is wrong. */
    KeysetRequest keyset() {
        return LIST.request(sort, after, before, size);
    }

    /** The contracts the search keeps: containing {@code q}, carrying {@code tag}, among {@code ids} if any. */
    ListFilter<Contract> filter(Tags tags) {
        ListFilter<Contract> filter = ListFilter.all();
        if (q != null) {
            filter = filter.containsFoldedText(q, Contract_.reference, Contract_.title, Contract_.customerName);
        }
        if (tag != null) {
            filter = tags.tagged(filter, ContractService.HISTORY, tag);
        }
        if (!ids.isEmpty()) {
            filter = filter.sql("id = any(?)", ids);
        }
        return filter;
    }
}
