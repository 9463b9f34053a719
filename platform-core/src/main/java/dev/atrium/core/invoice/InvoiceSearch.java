package dev.atrium.core.invoice;

import dev.atrium.plugin.list.KeysetRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a list of invoices asks for, from the API's query parameters or the list page's: a text in the reference
 * or the party's name, filters (status, kind, party, invoice dates from and to, both included), a sort on the
 * keys {@link InvoiceRepository#LIST} declares (newest first unless told), and where the page starts.
 */
record InvoiceSearch(
        @Size(max = 100) String q,
        InvoiceStatus status,
        InvoiceKind kind,
        Long party,
        LocalDate from,
        LocalDate to,
        @Size(max = 200) String sort,
        @Size(max = CURSOR_LENGTH) String after,
        @Size(max = CURSOR_LENGTH) String before,
        @Min(1) @Max(100) Integer size) {

    private static final int CURSOR_LENGTH = 2000;

    /** Spelled out, as {@code ThirdPartySearch} is, so binding does not parse parameter annotations per call. */
    InvoiceSearch(String q, InvoiceStatus status, InvoiceKind kind, Long party, LocalDate from, LocalDate to,
            String sort, String after, String before, Integer size) {
        this.q = q == null || q.isBlank() ? null : q.strip();
        this.status = status;
        this.kind = kind;
        this.party = party;
        this.from = from;
        this.to = to;
        this.sort = sort == null || sort.isBlank() ? "-invoiceDate" : sort;
        this.after = after == null || after.isBlank() ? null : after;
        this.before = before == null || before.isBlank() ? null : before;
        this.size = size == null ? 25 : size;
    }

    static InvoiceSearch all() {
        return new InvoiceSearch(null, null, null, null, null, null, null, null, null, null);
    }

    /** The page this search asks for; a 400 naming {@code sort}, {@code after} or {@code before} when one is wrong. */
    KeysetRequest keyset() {
        return InvoiceRepository.LIST.request(sort, after, before, size);
    }
}
