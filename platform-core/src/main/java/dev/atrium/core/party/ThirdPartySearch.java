package dev.atrium.core.party;

import dev.atrium.plugin.list.KeysetRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * What a list of third parties asks for, from the API's query parameters or
 * the list page's: a search over name, code, email and tax id, filters (the
 * active ones unless {@code status=ARCHIVED}), a sort such as
 * {@code name,-createdAt} on the keys {@link ThirdPartyRepository#LIST}
 * declares, and where the page starts: {@code after} or {@code before} a
 * cursor of an earlier answer.
 */
record ThirdPartySearch(
        @Size(max = 100) String q,
        Relation relation,
        ThirdParty.Status status,
        @Pattern(regexp = "[A-Z]{2}", message = "{problem.field.country}") String country,
        @Size(max = 200) String sort,
        @Size(max = CURSOR_LENGTH) String after,
        @Size(max = CURSOR_LENGTH) String before,
        @Min(1) @Max(100) Integer size) {

    private static final int CURSOR_LENGTH = 2000;

    /** {@code ?relation=customer} */
    enum Relation { CUSTOMER, PROSPECT, SUPPLIER }

    /**
     * Spelled out rather than compact, so its parameters carry no annotations (the constraints stay on the fields,
     * where validation reads them): the JDK parses a constructor's parameter annotations anew on every call, and
     * binding a request to this record asks for them several times per parameter, on every list request.
     */
    ThirdPartySearch(String q, Relation relation, ThirdParty.Status status, String country, String sort,
            String after, String before, Integer size) {
        this.q = q == null || q.isBlank() ? null : q.strip();
        this.relation = relation;
        this.status = status == null ? ThirdParty.Status.ACTIVE : status;
        this.country = country == null || country.isBlank() ? null : country.toUpperCase(Locale.ROOT);
        this.sort = sort == null || sort.isBlank() ? "name" : sort;
        this.after = after == null || after.isBlank() ? null : after;
        this.before = before == null || before.isBlank() ? null : before;
        this.size = size == null ? 25 : size;
    }

    static ThirdPartySearch all() {
        return new ThirdPartySearch(null, null, null, null, null, null, null, null);
    }

    /** The page this search asks for; a 400 naming {@code sort}, {@code after} or {@code before} when one is wrong. */
    KeysetRequest keyset() {
        return ThirdPartyRepository.LIST.request(sort, after, before, size);
    }
}
