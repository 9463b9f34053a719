package dev.atrium.core.party;

import static dev.atrium.core.party.ThirdPartyClient.party;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A list's criteria query is translated once per shape (sort, filters given,
 * first page or not), then its plan is reused whatever the values: Hibernate's
 * statistics count the plan cache's hits and misses, so this asserts counts,
 * never times.
 */
@PlatformTest
class ThirdPartyListPlanCacheTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    ThirdPartyService thirdParties;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    TestTenant acme;
    Statistics statistics;

    @BeforeEach
    void partiesAndStatistics() throws Exception {
        acme = tenants.create("Acme");
        ThirdPartyClient api = new ThirdPartyClient(mvc, acme);
        for (String name : List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo")) {
            api.create(party(name, ""));
        }
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
    }

    @AfterEach
    void statisticsOff() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void everyPageOfASortAndEverySearchTextShareOneTranslatedPlan() {
        TenantContext.runAs(acme.id(), () -> {
            String next = thirdParties.list(search("a", null, 1)).next();
            long missesOfFirstPage = statistics.getQueryPlanCacheMissCount();
            assertThat(missesOfFirstPage).as("the first page is translated once").isPositive();

            thirdParties.list(search("e", null, 1));
            assertThat(statistics.getQueryPlanCacheMissCount()).as("another search text, the same plan")
                    .isEqualTo(missesOfFirstPage);

            String third = thirdParties.list(search("a", next, 1)).next();
            long missesOfLaterPages = statistics.getQueryPlanCacheMissCount();
            long hits = statistics.getQueryPlanCacheHitCount();
            thirdParties.list(search("a", third, 1));
            assertThat(statistics.getQueryPlanCacheMissCount()).as("a page after another cursor, the same plan")
                    .isEqualTo(missesOfLaterPages);
            assertThat(statistics.getQueryPlanCacheHitCount()).as("found in the plan cache").isGreaterThan(hits);
        });
    }

    private static ThirdPartySearch search(String q, String after, int size) {
        return new ThirdPartySearch(q, null, null, null, "name", after, null, size);
    }
}
