package dev.atrium.core.catalog;

import dev.atrium.core.tax.TaxRateUsage;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells Setup → Taxes how many products carry each rate, so a rate in use is deactivated rather than deleted. */
@Component
class ProductTaxRates implements TaxRateUsage {

    private final EntityManager entityManager;

    ProductTaxRates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> usesByRate() {
        Map<Long, Long> uses = new HashMap<>();
        for (Object[] row : entityManager.createQuery(
                "select p.taxRateId, count(p) from Product p where p.taxRateId is not null group by p.taxRateId",
                Object[].class).getResultList()) {
            uses.put((Long) row[0], (Long) row[1]);
        }
        return uses;
    }
}
