package dev.atrium.core.catalog;

import dev.atrium.plugin.list.KeysetRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * What a list of products asks for, from the API's query parameters or the list page's: a search over reference
 * and label, a kind, the active ones unless {@code status=INACTIVE} (or {@code status=ALL} for both), a sort such
 * as {@code label,-unitPrice} on the keys {@link ProductList#LIST} declares, and where the page starts:
 * {@code after} or {@code before} a cursor of an earlier answer.
 */
record ProductSearch(
        @Size(max = 100) String q,
        ProductKind kind,
        Status status,
        @Size(max = 200) String sort,
        @Size(max = CURSOR_LENGTH) String after,
        @Size(max = CURSOR_LENGTH) String before,
        @Min(1) @Max(100) Integer size) {

    private static final int CURSOR_LENGTH = 2000;

    /** {@code ?status=inactive} */
    enum Status { ACTIVE, INACTIVE, ALL }

    /**
     * Spelled out rather than compact, so its parameters carry no annotations (the constraints stay on the fields,
     * where validation reads them), as {@code ThirdPartySearch} explains.
     */
    ProductSearch(String q, ProductKind kind, Status status, String sort, String after, String before,
            Integer size) {
        this.q = q == null || q.isBlank() ? null : q.strip();
        this.kind = kind;
        this.status = status == null ? Status.ACTIVE : status;
        this.sort = sort == null || sort.isBlank() ? "reference" : sort;
        this.after = after == null || after.isBlank() ? null : after;
        this.before = before == null || before.isBlank() ? null : before;
        this.size = size == null ? 25 : size;
    }

    static ProductSearch all() {
        return new ProductSearch(null, null, Status.ALL, null, null, null, null);
    }

    /** The page this search asks for; a 400 naming {@code sort}, {@code after} or {@code before} when one is wrong. */
    KeysetRequest keyset() {
        return ProductList.LIST.request(sort, after, before, size);
    }
}
