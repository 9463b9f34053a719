package dev.atrium.core.party;

import dev.atrium.plugin.list.CsvColumns;
import java.time.Instant;

/** A third party as a list row or a CSV line (no contacts, no addresses), read from its columns alone. */
record ThirdPartySummary(long id, String code, String name, ThirdParty.Kind kind,
        ThirdParty.SalesRelation salesRelation, boolean supplier, ThirdParty.Status status, String taxId,
        String email, String phone, Instant createdAt) {

    static final CsvColumns<ThirdPartySummary> CSV = CsvColumns.of("code", ThirdPartySummary::code)
            .and("name", ThirdPartySummary::name)
            .and("kind", ThirdPartySummary::kind)
            .and("sales_relation", ThirdPartySummary::salesRelation)
            .and("supplier", ThirdPartySummary::supplier)
            .and("status", ThirdPartySummary::status)
            .and("tax_id", ThirdPartySummary::taxId)
            .and("email", ThirdPartySummary::email)
            .and("phone", ThirdPartySummary::phone)
            .and("created_at", ThirdPartySummary::createdAt);
}
