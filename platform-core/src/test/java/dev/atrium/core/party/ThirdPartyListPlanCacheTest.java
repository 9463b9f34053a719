package dev.atrium.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.plugin.list.Cursor;
import dev.atrium.plugin.list.KeysetRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.binder.internal.TenantIdBinder;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The keyset list's criteria query is marked plan-cacheable, so Hibernate
 * looks its plan up instead of skipping the cache. Hibernate's statistics
 * count the plan cache's hits and misses: this asserts counts, never times.
 *
 * <p>Hibernate 7.4 consults the plan cache only for a session without enabled
 * filters, and {@code @TenantId} is one (named {@code _tenantId}), so in a
 * tenant's session every query, HQL or criteria, is translated again. The
 * test therefore runs the list's query in a session with that filter off
 * (row-level security still hides every row: no tenant is bound). There,
 * each page is looked up in the cache, but not found again: in Hibernate
 * 7.4.13 two criteria trees built alike are not {@code isCompatible}, even for
 * a bare {@code select root}, so every page is a miss.
 */
@PlatformTest
// Hibernate's statistics count every session of the shared factory: no other test may run queries meanwhile.
@Isolated
class ThirdPartyListPlanCacheTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    Statistics statistics;

    @BeforeEach
    void statisticsOn() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
    }

    @AfterEach
    void statisticsOff() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void withoutAFilterTheListsQueryGoesThroughThePlanCache() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            entityManager.unwrap(Session.class).disableFilter(TenantIdBinder.FILTER_NAME);
            page(entityManager, "Alpha", 1L);
            page(entityManager, "Bravo", 2L);
            // A criteria query not marked plan-cacheable skips the cache: neither a hit nor a miss would be counted.
            assertThat(statistics.getQueryPlanCacheHitCount() + statistics.getQueryPlanCacheMissCount())
                    .as("plan cache lookups of two pages").isEqualTo(2);
        }
    }

    @Test
    void inATenantsSessionTheTenantFilterKeepsHibernateFromTheCache() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            assertThat(entityManager.unwrap(Session.class).getEnabledFilter(TenantIdBinder.FILTER_NAME))
                    .as("@TenantId is an enabled filter").isNotNull();
            page(entityManager, "Alpha", 1L);
            page(entityManager, "Bravo", 2L);
            assertThat(statistics.getQueryPlanCacheHitCount() + statistics.getQueryPlanCacheMissCount())
                    .as("the plan cache is not consulted while a filter is enabled").isZero();
        }
    }

    private static void page(EntityManager entityManager, String name, long id) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("name", name);
        keys.put("id", id);
        KeysetRequest request = ThirdPartyRepository.LIST.request("name", new Cursor("name", keys).encode(), null, 10);
        ThirdPartyRepository.LIST.page(entityManager, null, request, Function.identity());
    }
}
