package dev.atrium.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class ThirdPartyDemoDataTest {

    @Autowired
    TestTenants tenants;

    @Autowired
    ThirdPartyDemoData demoData;

    @Autowired
    ThirdPartyService thirdParties;

    @Test
    void theDemoCompanyGetsCustomersProspectsAndSuppliersWithContactsAndAddresses() {
        TestTenant demo = tenants.create("Demo");
        TenantContext.runAs(demo.id(), () -> {
            demoData.addDemoData(demo.id());
            assertThat(thirdParties.list(ThirdPartySearch.all()).items()).hasSize(12).allSatisfy(party -> {
                ThirdPartyView details = thirdParties.get(party.id());
                assertThat(details.getContacts()).as("contacts of " + party.name()).hasSize(1);
                assertThat(details.getAddresses()).as("addresses of " + party.name()).hasSize(1);
            });
            for (ThirdPartySearch.Relation relation : ThirdPartySearch.Relation.values()) {
                assertThat(thirdParties.list(new ThirdPartySearch(null, relation, null, null, null, null, null, null, null, null, null))
                        .items()).as("demo %s", relation).isNotEmpty();
            }
        });
    }
}
