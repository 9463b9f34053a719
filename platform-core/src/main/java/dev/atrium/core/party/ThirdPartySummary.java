package dev.atrium.core.party;

import java.time.Instant;

/** A third party as a list row or a CSV line: no contacts, no addresses. */
record ThirdPartySummary(long id, String code, String name, ThirdPartyKind kind, SalesRelation salesRelation,
        boolean supplier, ThirdPartyStatus status, String taxId, String email, String phone, Instant createdAt) {

    static ThirdPartySummary of(ThirdParty party) {
        return new ThirdPartySummary(party.getId(), party.getCode(), party.getName(), party.getKind(),
                party.getSalesRelation(), party.isSupplier(), party.getStatus(), party.getTaxId(), party.getEmail(),
                party.getPhone(), party.getCreatedAt());
    }
}
