package dev.atrium.core.party;

import dev.atrium.plugin.list.CsvColumns;
import java.time.Instant;

/** A third party as a list row or a CSV line (no contacts, no addresses): a projection of the entity. */
interface ThirdPartySummary {

    CsvColumns<ThirdPartySummary> CSV = CsvColumns.<ThirdPartySummary>of("code", ThirdPartySummary::getCode)
            .and("name", ThirdPartySummary::getName)
            .and("kind", ThirdPartySummary::getKind)
            .and("sales_relation", ThirdPartySummary::getSalesRelation)
            .and("supplier", ThirdPartySummary::getSupplier)
            .and("status", ThirdPartySummary::getStatus)
            .and("tax_id", ThirdPartySummary::getTaxId)
            .and("email", ThirdPartySummary::getEmail)
            .and("phone", ThirdPartySummary::getPhone)
            .and("created_at", ThirdPartySummary::getCreatedAt);

    long getId();

    String getCode();

    String getName();

    ThirdParty.Kind getKind();

    ThirdParty.SalesRelation getSalesRelation();

    boolean getSupplier();

    ThirdParty.Status getStatus();

    String getTaxId();

    String getEmail();

    String getPhone();

    Instant getCreatedAt();
}
