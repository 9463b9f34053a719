package dev.atrium.core.party;

import dev.atrium.plugin.list.CsvColumns;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

/** A third party as a list row or an export line (no contacts, no addresses), read from its columns alone. */
record ThirdPartySummary(long id, String code, String name, ThirdParty.Kind kind,
        ThirdParty.SalesRelation salesRelation, boolean supplier, ThirdParty.Status status, String taxId,
        String email, String phone, Instant createdAt) {

    /**
     * An export's columns, each named by its field ({@code fields=code,name}, and {@code partylist.field.<field>}
     * for its header), with values as a person reads them: {@code say} gives a key's text in the user's language,
     * and the creation is the day it was in the company's time zone.
     */
    static CsvColumns<ThirdPartySummary> columns(Function<String, String> say, ZoneId zone) {
        return CsvColumns.<ThirdPartySummary>of("code", ThirdPartySummary::code)
                .and("name", ThirdPartySummary::name)
                .and("kind", row -> say.apply("partylist.kind." + row.kind()))
                .and("salesRelation", row -> say.apply("partylist.relation." + row.salesRelation()))
                .and("supplier", row -> say.apply(row.supplier() ? "common.yes" : "common.no"))
                .and("status", row -> say.apply("partylist.status." + row.status()))
                .and("taxId", ThirdPartySummary::taxId)
                .and("email", ThirdPartySummary::email)
                .and("phone", ThirdPartySummary::phone)
                .and("createdAt", row -> LocalDate.ofInstant(row.createdAt(), zone));
    }
}
