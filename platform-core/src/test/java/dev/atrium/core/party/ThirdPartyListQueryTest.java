package dev.atrium.core.party;

import static dev.atrium.core.party.ThirdPartyClient.party;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.plugin.list.ListCount;
import dev.atrium.plugin.list.ListFilter;
import dev.atrium.plugin.list.ListPage;
import dev.atrium.plugin.list.TenantReads;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generic list query behind every list: one statement per filter shape and sort, kept, with the tenant
 * bound as a value of its own besides row-level security, so that either wall alone keeps other tenants out.
 */
@PlatformTest
class ThirdPartyListQueryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    ThirdPartyService thirdParties;

    @Autowired
    EntityManager entityManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TenantReads reads;

    @Test
    void aSearchIsOneStatementWhateverItsTermsBuiltOnceAndStartingWithTheTenant() {
        try (EntityManager session = entityManagerFactory.createEntityManager()) {
            String alpha = ThirdPartyRepository.LIST.sql(session, ThirdPartyRepository.matching(search("Alpha")),
                    "name", true);
            String bravo = ThirdPartyRepository.LIST.sql(session, ThirdPartyRepository.matching(search("Bravo")),
                    "name", true);
            assertThat(bravo).as("two searches of one shape share the statement built for the first")
                    .isSameAs(alpha);
            assertThat(alpha).as("the term is bound, never written into the statement").doesNotContainIgnoringCase("alpha")
                    .startsWith("select ").contains(" from third_party where tenant_id = ? and ");
            assertThat(ThirdPartyRepository.LIST.sql(session, ListFilter.all(), "-name", false))
                    .as("another sort is another statement")
                    .isEqualTo("select id, code, name, kind, sales_relation, supplier, status, tax_id, email, phone, "
                            + "created_at from third_party where tenant_id = ? order by name desc, id desc limit ?");
        }
    }

    @Test
    void aTenantsListShowsNoneOfAnotherTenantsRowsEvenWhereRowLevelSecurityWouldLetThemIn() throws Exception {
        TestTenant acme = tenants.create("Acme");
        TestTenant globex = tenants.create("Globex");
        new ThirdPartyClient(mvc, acme).create(party("Acme's customer", ""));
        ThirdPartyClient globexApi = new ThirdPartyClient(mvc, globex);
        globexApi.create(party("Globex's customer", ""));
        globexApi.create(party("Globex's supplier", ""));

        TenantContext.runAs(acme.id(), () -> transactions.executeWithoutResult(status -> {
            // Row-level security now shows Globex's rows in Acme's transaction: only the list's own
            // tenant_id = ? (Acme, the session's tenant) is left to keep them out.
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (var statement = connection.prepareStatement("select set_config('atrium.tenant_id', ?, true)")) {
                    statement.setString(1, Long.toString(globex.id()));
                    statement.execute();
                }
            });
            Number visible = (Number) entityManager.createNativeQuery("select count(*) from third_party")
                    .getSingleResult();
            assertThat(visible.longValue()).as("Globex's rows, as row-level security now lets them through")
                    .isEqualTo(2);
            assertThat(thirdParties.list(ThirdPartySearch.all()).items())
                    .as("Acme's list with row-level security set to Globex").isEmpty();
        }));
        TenantContext.runAs(acme.id(), () -> assertThat(thirdParties.list(ThirdPartySearch.all()).items())
                .extracting(ThirdPartySummary::name).as("Acme's list as it runs").containsExactly("Acme's customer"));
    }

    @Test
    void aCountReadsNoMoreThanOneRowPastItsCapAndSaysSoWhenThereAreMore() throws Exception {
        TestTenant acme = tenants.create("Acme");
        ThirdPartyClient api = new ThirdPartyClient(mvc, acme);
        for (String name : new String[] {"One", "Two", "Three"}) {
            api.create(party(name, ""));
        }
        TenantContext.runAs(acme.id(), () -> transactions.executeWithoutResult(status -> {
            ListFilter<ThirdParty> all = ThirdPartyRepository.matching(ThirdPartySearch.all());
            assertThat(ThirdPartyRepository.LIST.count(entityManager, all, 2)).as("three rows, a cap of two")
                    .isEqualTo(new dev.atrium.plugin.list.ListCount(2, false));
            assertThat(ThirdPartyRepository.LIST.count(entityManager, all, 3))
                    .isEqualTo(new dev.atrium.plugin.list.ListCount(3, true));
            assertThat(ThirdPartyRepository.LIST.count(entityManager,
                    ThirdPartyRepository.matching(ThirdPartySearch.text("tw")), 1000))
                    .isEqualTo(new dev.atrium.plugin.list.ListCount(1, true));
        }));
    }

    @Test
    void aCountedPageOutsideAnyTransactionIsThePageAndTheCountTheListGivesInOne() throws Exception {
        TestTenant acme = tenants.create("Acme");
        ThirdPartyClient api = new ThirdPartyClient(mvc, acme);
        for (String name : new String[] {"One", "Two", "Three"}) {
            api.create(party(name, ""));
        }
        ListFilter<ThirdParty> all = ThirdPartyRepository.matching(ThirdPartySearch.all());
        TenantContext.runAs(acme.id(), () -> {
            ListPage<ThirdPartySummary> first = ThirdPartyRepository.LIST.countedPage(entityManager, reads, all,
                    ThirdPartyRepository.LIST.request("name", null, null, 2), 2);
            assertThat(first.items()).extracting(ThirdPartySummary::name).as("the first page by name")
                    .containsExactly("One", "Three");
            assertThat(first.hasNext()).isTrue();
            assertThat(first.count()).as("three rows, a cap of two").isEqualTo(new ListCount(2, false));

            ListPage<ThirdPartySummary> second = ThirdPartyRepository.LIST.countedPage(entityManager, reads, all,
                    ThirdPartyRepository.LIST.request("name", first.next(), null, 2), 1000);
            assertThat(second.items()).extracting(ThirdPartySummary::name).as("the page after it")
                    .containsExactly("Two");
            assertThat(second.count()).isEqualTo(new ListCount(3, true));

            ListPage<ThirdPartySummary> back = ThirdPartyRepository.LIST.countedPage(entityManager, reads, all,
                    ThirdPartyRepository.LIST.request("name", null, second.previous(), 2), 1000);
            assertThat(back.items()).extracting(ThirdPartySummary::name).as("back before it")
                    .containsExactly("One", "Three");
            assertThat(back.count()).isEqualTo(new ListCount(3, true));
        });
    }

    private static ThirdPartySearch search(String q) {
        return ThirdPartySearch.text(q);
    }
}
