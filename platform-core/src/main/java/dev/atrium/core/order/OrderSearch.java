package dev.atrium.core.order;

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
 * What a list of sales orders asks for: a search in reference and party name, filters (status, party, a range of
 * order dates), a sort on the keys {@link #LIST} declares ({@code -orderDate} unless given) and where the page
 * starts.
 */
record OrderSearch(
        @Size(max = 100) String q,
        OrderStatus status,
        Long party,
        LocalDate from,
        LocalDate to,
        @Size(max = 200) String sort,
        @Size(max = CURSOR_LENGTH) String after,
        @Size(max = CURSOR_LENGTH) String before,
        @Min(1) @Max(100) Integer size) {

    private static final int CURSOR_LENGTH = 2000;
    static final String DEFAULT_SORT = "-orderDate";

    record Row(long id, String reference, long partyId, String partyName, Currency currency, LocalDate orderDate,
            OrderStatus status, BigDecimal netTotal, BigDecimal grossTotal) {
    }

    /** Sort keys are NOT NULL columns with an index (V27); a draft's reference is null, so it is no key. */
    static final KeysetList<SalesOrder, Row> LIST = KeysetList.of(SalesOrder.class, TenantScopedEntity_.id,
                    Row.class, TenantScopedEntity_.id, SalesOrder_.reference, SalesOrder_.partyId,
                    SalesOrder_.partyName, SalesOrder_.currency, SalesOrder_.orderDate, SalesOrder_.status,
                    SalesOrder_.netTotal, SalesOrder_.grossTotal)
            .key("orderDate", SalesOrder_.orderDate)
            .key("partyName", SalesOrder_.partyName);

    OrderSearch {
        q = q == null || q.isBlank() ? null : q.strip();
        sort = sort == null || sort.isBlank() ? DEFAULT_SORT : sort;
        after = after == null || after.isBlank() ? null : after;
        before = before == null || before.isBlank() ? null : before;
        size = size == null ? 25 : size;
    }

    KeysetRequest keyset() {
        return LIST.request(sort, after, before, size);
    }

    ListFilter<SalesOrder> filter() {
        ListFilter<SalesOrder> filter = ListFilter.all();
        if (q != null) {
            filter = filter.containsText(q, SalesOrder_.reference, SalesOrder_.partyName);
        }
        if (status != null) {
            filter = filter.equal(SalesOrder_.status, status);
        }
        if (party != null) {
            filter = filter.equal(SalesOrder_.partyId, party);
        }
        if (from != null) {
            filter = filter.sql("order_date >= ?", from);
        }
        if (to != null) {
            filter = filter.sql("order_date <= ?", to);
        }
        return filter;
    }
}
