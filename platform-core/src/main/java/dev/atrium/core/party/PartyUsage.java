package dev.atrium.core.party;

import dev.atrium.plugin.party.PartyReferenceTable;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What still refers to a third party, from the tables modules declared as
 * {@link PartyReferenceTable}s, in the module's words ("2 contracts
 * (contracts)"): the archive confirmation says they stay as they are.
 */
@Component
class PartyUsage {

    private final ObjectProvider<PartyReferenceTable> tables;
    private final EntityManager entityManager;

    PartyUsage(ObjectProvider<PartyReferenceTable> tables, EntityManager entityManager) {
        this.tables = tables;
        this.entityManager = entityManager;
    }

    List<String> uses(ThirdParty party) {
        List<String> uses = new ArrayList<>();
        for (PartyReferenceTable table : tables.orderedStream().toList()) {
            // Identifiers are checked by PartyReferenceTable; the tenant comes from the transaction (RLS) and @TenantId.
            Number count = (Number) entityManager.createNativeQuery("select count(*) from " + table.table()
                            + " where tenant_id = ?1 and " + table.column() + " = ?2")
                    .setParameter(1, party.getTenantId()).setParameter(2, party.getId()).getSingleResult();
            if (count.longValue() > 0) {
                uses.add(table.describe(count.longValue()) + " (" + table.module() + ")");
            }
        }
        return uses;
    }
}
