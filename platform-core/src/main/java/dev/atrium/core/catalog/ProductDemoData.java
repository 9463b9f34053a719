package dev.atrium.core.catalog;

import dev.atrium.core.provisioning.DemoDataContributor;
import dev.atrium.core.tax.TaxRateView;
import dev.atrium.core.tax.TaxRates;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the quick start's demo company sells: services by the hour and the day, a maintenance plan, and a few
 * goods, taxed at the rates the tax rates' demo data added (by rate, so a renamed rate still matches).
 */
@Component
@Order(20)
class ProductDemoData implements DemoDataContributor {

    private record Sample(String reference, String label, ProductKind kind, String unit, String price, String rate,
            String description) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("CONS-H", "Consulting", ProductKind.SERVICE, "h", "95.00", "20",
                    "Senior consultant, billed per started hour."),
            new Sample("CONS-D", "Consulting, full day", ProductKind.SERVICE, "day", "680.00", "20", null),
            new Sample("TRAIN-D", "Training session", ProductKind.SERVICE, "day", "1200.00", "0",
                    "On site, up to 8 trainees; training is exempt as vocational education."),
            new Sample("MAINT-Y", "Annual maintenance plan", ProductKind.SERVICE, "year", "1450.00", "20", null),
            new Sample("INSTALL", "Installation at home", ProductKind.SERVICE, "pc", "150.00", "10",
                    "Fitting in a dwelling over two years old."),
            new Sample("SENS-01", "Temperature sensor", ProductKind.PRODUCT, "pc", "42.50", "20", null),
            new Sample("BOOK-GUIDE", "User guide, printed", ProductKind.PRODUCT, "pc", "18.90", "5.5", null));

    private final Products products;
    private final TaxRates taxRates;

    ProductDemoData(Products products, TaxRates taxRates) {
        this.products = products;
        this.taxRates = taxRates;
    }

    @Override
    public void addDemoData(long tenantId) {
        List<TaxRateView> rates = taxRates.active();
        for (Sample sample : SAMPLES) {
            BigDecimal percent = new BigDecimal(sample.rate());
            Long rate = rates.stream().filter(candidate -> candidate.rate().compareTo(percent) == 0)
                    .findFirst().map(TaxRateView::id).orElse(null);
            products.create(new ProductRequest(sample.reference(), sample.label(), sample.description(),
                    sample.kind(), sample.unit(), new BigDecimal(sample.price()), null, rate, null));
        }
    }
}
