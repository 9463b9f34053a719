package dev.atrium.core.invoice;

import dev.atrium.core.tax.TaxRateUsage;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Setup → Taxes counts the invoice and credit note lines that were given each rate. */
@Component
class InvoiceTaxRateUsage implements TaxRateUsage {

    private final EntityManager entityManager;

    InvoiceTaxRateUsage(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> usesByRate() {
        Map<Long, Long> uses = new HashMap<>();
        for (Object[] row : entityManager.createQuery("""
                        select l.taxRateId, count(l) from InvoiceLine l where l.taxRateId is not null
                         group by l.taxRateId""", Object[].class).getResultList()) {
            uses.put((Long) row[0], (Long) row[1]);
        }
        return uses;
    }
}
