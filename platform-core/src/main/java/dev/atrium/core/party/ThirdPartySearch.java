package dev.atrium.core.party;

import dev.atrium.plugin.list.KeysetRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a list of third parties asks for, from the API's query parameters or
 * the list page's: a search over name, code, email and tax id, filters (the
 * active ones unless {@code status=ARCHIVED}, or {@code archived=true} for
 * active and archived alike; {@code ids} for a selection), a sort such as
 * {@code name,-createdAt} on the keys {@link ThirdPartyRepository#LIST}
 * declares, and where the page starts: {@code after} or {@code before} a
 * cursor of an earlier answer.
 */
record ThirdPartySearch(
        @Size(max = 100) String q,
        Relation relation,
        ThirdParty.Status status,
        Boolean archived,
        @Pattern(regexp = "[A-Z]{2}", message = "{problem.field.country}") String country,
        Long tag,
        @Size(max = 200) String sort,
        @Size(max = CURSOR_LENGTH) String after,
        @Size(max = CURSOR_LENGTH) String before,
        @Min(1) @Max(100) Integer size,
        @Size(max = MAX_SELECTED) List<Long> ids) {

    private static final int CURSOR_LENGTH = 2000;
    /** The most rows one selection may name: a page's worth, several times over. */
    static final int MAX_SELECTED = 500;

    /** {@code ?relation=customer} */
    enum Relation { CUSTOMER, PROSPECT, SUPPLIER }

    /**
     * Spelled out rather than compact, so its parameters carry no annotations (the constraints stay on the fields,
     * where validation reads them): the JDK parses a constructor's parameter annotations anew on every call, and
     * binding a request to this record asks for them several times per parameter, on every list request.
     */
    ThirdPartySearch(String q, Relation relation, ThirdParty.Status status, Boolean archived, String country,
            Long tag, String sort, String after, String before, Integer size, List<Long> ids) {
        this.q = q == null || q.isBlank() ? null : q.strip();
        this.relation = relation;
        this.status = status;
        this.archived = Boolean.TRUE.equals(archived);
        this.country = country == null || country.isBlank() ? null : country.toUpperCase(Locale.ROOT);
        this.tag = tag;
        this.sort = sort == null || sort.isBlank() ? "name" : sort;
        this.after = after == null || after.isBlank() ? null : after;
        this.before = before == null || before.isBlank() ? null : before;
        this.size = size == null ? 25 : size;
        this.ids = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    static ThirdPartySearch all() {
        return new ThirdPartySearch(null, null, null, null, null, null, null, null, null, null, null);
    }

    static ThirdPartySearch text(String q) {
        return new ThirdPartySearch(q, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same filters and sort, without a selection: every match. */
    ThirdPartySearch everyMatch() {
        return new ThirdPartySearch(q, relation, status, archived, country, tag, sort, null, null, size, null);
    }

    /** The status the list keeps: the one asked for, else the active ones, unless archived ones are asked for too. */
    Optional<ThirdParty.Status> statusKept() {
        return status != null ? Optional.of(status)
                : archived ? Optional.empty() : Optional.of(ThirdParty.Status.ACTIVE);
    }

    /** The page this search asks for; a 400 naming {@code sort}, {@code after} or {@code before} when one is wrong. */
    KeysetRequest keyset() {
        return ThirdPartyRepository.LIST.request(sort, after, before, size);
    }
}
