package dev.atrium.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.provisioning.DemoDataContributor;
import dev.atrium.core.tax.TaxRateView;
import dev.atrium.core.tax.TaxRates;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

@PlatformTest
class CatalogDemoDataTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    @Qualifier("taxRateDemoData")
    DemoDataContributor taxRateDemoData;

    @Autowired
    ProductDemoData productDemoData;

    @Autowired
    TaxRates taxRates;

    @Autowired
    Products products;

    @Test
    void theDemoCompanyGetsTheFrenchRatesAndProductsAndServicesTaxedAtThem() {
        TestTenant demo = tenants.create("Demo");
        TenantContext.runAs(demo.id(), () -> {
            taxRateDemoData.addDemoData(demo.id());
            productDemoData.addDemoData(demo.id());
            assertThat(taxRates.active()).extracting(TaxRateView::rate).map(BigDecimal::toPlainString)
                    .containsExactly("20", "10", "5.5", "0");
            assertThat(taxRates.defaultRate()).map(TaxRateView::name).contains("VAT 20 %");
            var listed = products.list(ProductSearch.all()).items();
            assertThat(listed).hasSize(7).allSatisfy(product ->
                    assertThat(product.taxRateId()).as("rate of " + product.reference()).isNotNull());
            assertThat(listed).extracting(ProductSummary::kind).contains(ProductKind.PRODUCT, ProductKind.SERVICE);
            assertThat(products.search("consult", 10)).extracting(ProductView::reference)
                    .containsExactly("CONS-D", "CONS-H");
        });
    }
}
