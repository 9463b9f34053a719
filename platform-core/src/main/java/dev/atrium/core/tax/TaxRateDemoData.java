package dev.atrium.core.tax;

import dev.atrium.core.provisioning.DemoDataContributor;
import java.math.BigDecimal;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo company's rates beside the standard one it was created with: the reduced rates and the exempt one a
 * French services company uses. Before the catalog's demo data, whose products carry them.
 */
@Component
@Order(10)
class TaxRateDemoData implements DemoDataContributor {

    private final TaxRates taxRates;

    TaxRateDemoData(TaxRates taxRates) {
        this.taxRates = taxRates;
    }

    @Override
    public void addDemoData(long tenantId) {
        taxRates.create(new TaxRateRequest("Intermediate 10 %", new BigDecimal("10"), null, null, null));
        taxRates.create(new TaxRateRequest("Reduced 5.5 %", new BigDecimal("5.5"), null, null, null));
        taxRates.create(new TaxRateRequest("Exempt 0 %", BigDecimal.ZERO, null, null, null));
    }
}
