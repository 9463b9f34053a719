package dev.atrium.core.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.DatabaseLocks;
import dev.atrium.core.test.Problems;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.plugin.link.DocumentLinks;
import dev.atrium.plugin.link.DocumentLinks.LinkedGroup;
import dev.atrium.plugin.link.DocumentRef;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two documents linked once show each other, whichever way the link was made; a second link of the same pair adds
 * nothing, also when two calls race; another tenant's documents can be neither linked to nor read; a reader sees
 * only the types they may read.
 */
@PlatformTest
class DocumentLinksTest {

    @Autowired
    DocumentLinks links;

    @Autowired
    TestDocuments.Memos memos;

    @Autowired
    TestDocuments.Secrets secrets;

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantRows rows;

    @Autowired
    MockMvc mvc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    TestTenant acme;

    @BeforeEach
    void newTenant() {
        acme = tenants.create("Links");
    }

    @Test
    void twoLinkedDocumentsEachListTheOtherByTypeWithLabelStatusAndPage() {
        DocumentRef proposal = as(acme, () -> memos.create("Proposal P-1", "Approved"));
        DocumentRef order = as(acme, () -> memos.create("Order O-1", null));
        DocumentRef secret = as(acme, () -> secrets.create("Secret S-1", "Kept"));

        as(acme, () -> {
            links.link(proposal, order);
            links.link(secret, proposal);
            return null;
        });

        List<LinkedGroup> ofProposal = as(acme, () -> links.linkedTo(proposal));
        assertThat(ofProposal).as("groups linked to the proposal, by name").extracting(LinkedGroup::name)
                .containsExactly("Memos", "Secrets");
        assertThat(ofProposal.getFirst().documents()).as("the order, seen from the proposal")
                .singleElement().satisfies(document -> {
                    assertThat(document.ref()).isEqualTo(order);
                    assertThat(document.label()).isEqualTo("Order O-1");
                    assertThat(document.status()).isNull();
                    assertThat(document.path()).isEqualTo("test-documents/" + order.id());
                });
        assertThat(as(acme, () -> links.linkedTo(order))).as("the proposal, seen from the order the other way")
                .singleElement().satisfies(group -> assertThat(group.documents()).singleElement()
                        .satisfies(document -> {
                            assertThat(document.ref()).isEqualTo(proposal);
                            assertThat(document.status()).isEqualTo("Approved");
                        }));
        assertThat(as(acme, () -> links.linkedTo(secret))).as("the proposal, seen from the secret")
                .flatExtracting(LinkedGroup::documents).extracting(document -> document.ref())
                .containsExactly(proposal);
        LocaleContextHolder.setLocale(Locale.FRENCH);
        try {
            assertThat(as(acme, () -> links.linkedTo(order))).as("the group's name for a French reader")
                    .extracting(LinkedGroup::name).containsExactly("Memos (fr)");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void linkingAPairAgainEitherWayRoundKeepsOneLink() {
        DocumentRef invoice = as(acme, () -> memos.create("Invoice I-1", null));
        DocumentRef creditNote = as(acme, () -> memos.create("Credit note C-1", null));

        for (int time = 0; time < 2; time++) {
            as(acme, () -> {
                links.link(invoice, creditNote);
                links.link(creditNote, invoice);
                return null;
            });
        }

        assertThat(rows.snapshot(acme, "document_link").get("document_link")).as("links of the pair")
                .singleElement().satisfies(row -> {
                    assertThat(row.get("from_id")).isEqualTo(invoice.id());
                    assertThat(row.get("created_by")).as("no user is signed in to the test's own calls").isNull();
                });
        assertThat(as(acme, () -> links.linkedTo(invoice))).flatExtracting(LinkedGroup::documents)
                .extracting(document -> document.ref()).containsExactly(creditNote);
    }

    @Test
    void twoConcurrentLinksOfOnePairEitherWayRoundKeepOneLink() throws Exception {
        DocumentRef order = as(acme, () -> memos.create("Order O-2", null));
        DocumentRef invoice = as(acme, () -> memos.create("Invoice I-2", null));
        CountDownLatch firstLinked = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> as(acme, () -> {
                links.link(order, invoice);
                firstLinked.countDown();
                await(firstMayCommit);
                return null;
            }), threads);
            await(firstLinked);
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> as(acme, () -> {
                links.link(invoice, order);
                return null;
            }), threads);
            DatabaseLocks.awaitATransactionWaitingOnAnother(ownerDataSource);
            firstMayCommit.countDown();
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            firstMayCommit.countDown();
            threads.shutdownNow();
        }

        assertThat(rows.snapshot(acme, "document_link").get("document_link")).as("links of the pair")
                .singleElement().satisfies(row -> assertThat(row.get("from_id")).isEqualTo(order.id()));
    }

    @Test
    void anotherTenantsDocumentCanNeitherBeLinkedToNorSeenThroughALink() {
        TestTenant globex = tenants.create("Globex");
        DocumentRef ours = as(acme, () -> memos.create("Ours", null));
        DocumentRef theirs = as(globex, () -> memos.create("Theirs of " + globex.slug(), null));

        assertThatThrownBy(() -> as(acme, () -> {
            links.link(ours, theirs);
            return null;
        })).as("linking to another tenant's document").isInstanceOf(NotFoundException.class);
        assertThat(rows.snapshot(acme, "document_link").get("document_link")).as("links written").isEmpty();
        assertThatThrownBy(() -> as(acme, () -> {
            links.link(ours, new DocumentRef("no-such-type", ours.id()));
            return null;
        })).as("linking to a type nobody answers for").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(acme, () -> {
            links.link(ours, ours);
            return null;
        })).as("linking a document to itself").isInstanceOfSatisfying(ProblemException.class,
                refusal -> assertThat(refusal.status()).isEqualTo(400));

        DocumentRef alsoTheirs = as(globex, () -> memos.create("Also theirs", null));
        as(globex, () -> {
            links.link(theirs, alsoTheirs);
            return null;
        });
        assertThat(as(acme, () -> links.linkedTo(theirs))).as("another tenant's links, asked for by its ids")
                .isEmpty();
    }

    @Test
    void theApiListsTheLinksOfADocumentTheReaderMaySeeAndRefusesTheRest() throws Exception {
        DocumentRef memo = as(acme, () -> memos.create("Memo M-1", "Filed"));
        DocumentRef answer = as(acme, () -> memos.create("Answer A-1", null));
        DocumentRef secret = as(acme, () -> secrets.create("Secret S-1", null));
        as(acme, () -> {
            links.link(memo, answer);
            links.link(memo, secret);
            return null;
        });

        api(acme.bearer(), "/test-memo/" + memo.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].type", Matchers.contains("test-memo", "test-secret")))
                .andExpect(jsonPath("$[0].name").value("Memos"))
                .andExpect(jsonPath("$[0].documents[0].label").value("Answer A-1"))
                .andExpect(jsonPath("$[0].documents[0].path").value("test-documents/" + answer.id()));
        api(acme.memberBearer(), "/test-memo/" + memo.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].type", Matchers.contains("test-memo")));

        Problems.problem(api(acme.memberBearer(), "/test-secret/" + secret.id()), 403)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/missing-right"))
                .andExpect(jsonPath("$.right").value("setup:taxes"));
        Problems.problem(api(acme.bearer(), "/test-memo/" + (memo.id() + 1_000_000)), 404);
        Problems.problem(api(acme.bearer(), "/no-such-type/" + memo.id()), 404);
        Problems.problem(api(acme.bearer(), "/Not-A-Type/" + memo.id()), 404);
        Problems.problem(api(acme.bearer(), "/test-memo/not-a-number"), 400);

        TestTenant globex = tenants.create("Globex");
        Problems.problem(api(globex.bearer(), "/test-memo/" + memo.id()), 404)
                .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("Memo M-1"))));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).as("the other call got there").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ResultActions api(String bearer, String path) throws Exception {
        return mvc.perform(get("/api/v1/documents" + path + "/links").header("Authorization", bearer));
    }

    private <T> T as(TestTenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), () -> new TransactionTemplate(transactions)
                .execute(status -> work.get()));
    }
}
