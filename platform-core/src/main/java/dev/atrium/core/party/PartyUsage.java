package dev.atrium.core.party;

import dev.atrium.plugin.party.PartyReferenceTable;
import dev.atrium.plugin.problem.RuleViolationException;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What still refers to a third party, from the tables modules declared as
 * {@link PartyReferenceTable}s. Asked before a delete so the refusal can name
 * the rows in the module's words; the composite foreign key stays the wall
 * for anything undeclared.
 */
@Component
class PartyUsage {

    private final ObjectProvider<PartyReferenceTable> tables;
    private final EntityManager entityManager;

    PartyUsage(ObjectProvider<PartyReferenceTable> tables, EntityManager entityManager) {
        this.tables = tables;
        this.entityManager = entityManager;
    }

    /** Refuses with {@code 409 party-in-use} naming every declared table whose rows refer to {@code party}. */
    void refuseDeletingWhileUsed(ThirdParty party) {
        List<String> uses = new ArrayList<>();
        List<String> modules = new ArrayList<>();
        for (PartyReferenceTable table : tables.orderedStream().toList()) {
            // Identifiers are checked by PartyReferenceTable; the tenant comes from the transaction (RLS) and @TenantId.
            Number count = (Number) entityManager.createNativeQuery("select count(*) from " + table.table()
                            + " where tenant_id = ?1 and " + table.column() + " = ?2")
                    .setParameter(1, party.getTenantId()).setParameter(2, party.getId()).getSingleResult();
            if (count.longValue() > 0) {
                uses.add(table.describe(count.longValue()) + " (" + table.module() + ")");
                modules.add(table.module());
            }
        }
        if (!uses.isEmpty()) {
            throw inUse(party.getCode(), String.join(", ", uses), Map.of("modules", modules, "uses", uses));
        }
    }

    static RuleViolationException inUse(String code, String what, Map<String, Object> properties) {
        return new RuleViolationException("party-in-use", "Third party in use",
                "Third party " + code + " is used by " + what + "; archive it instead of deleting it.", properties);
    }
}
