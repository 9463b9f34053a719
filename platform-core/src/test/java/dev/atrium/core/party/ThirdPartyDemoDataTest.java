package dev.atrium.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@PlatformTest
class ThirdPartyDemoDataTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    ThirdPartyDemoData demoData;

    @Autowired
    ThirdPartyService thirdParties;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDemoCompanyGetsCustomersProspectsAndSuppliersWithContactsAndAddresses() {
        TestTenant demo = tenants.create("Demo");
        TenantContext.runAs(demo.id(), () -> {
            transactions.executeWithoutResult(status -> demoData.addDemoData(demo.id()));
            assertThat(thirdParties.list(ThirdPartySearch.all()).items()).hasSize(12);
            for (ThirdPartySearch.Relation relation : ThirdPartySearch.Relation.values()) {
                assertThat(thirdParties.list(new ThirdPartySearch(null, relation, null, null, null, null, null, null))
                        .items()).as("demo %s", relation).isNotEmpty();
            }
            ThirdPartySummary first = thirdParties.list(ThirdPartySearch.all()).items().getFirst();
            ThirdPartyView details = thirdParties.get(first.id());
            assertThat(details.getContacts()).as("contacts of " + first.name()).isNotEmpty();
            assertThat(details.getAddresses()).as("addresses of " + first.name()).isNotEmpty();
        });
    }
}
