package dev.atrium.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.link.TestDocuments;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.DatabaseLocks;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.plugin.invoicing.DraftInvoice;
import dev.atrium.plugin.invoicing.DraftInvoiceRequest;
import dev.atrium.plugin.invoicing.InvoiceState;
import dev.atrium.plugin.invoicing.Invoicing;
import dev.atrium.plugin.invoicing.LineSource;
import dev.atrium.plugin.link.DocumentLinks;
import dev.atrium.plugin.link.DocumentLinks.LinkedGroup;
import dev.atrium.plugin.link.DocumentRef;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.problem.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A module asks for a draft invoice with lines that say where they came from: the draft knows every line's
 * source, and the same idempotency key, retried, raced by a second call or retried after a rollback, makes one
 * invoice and no more.
 */
@PlatformTest
class ModuleInvoicingTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Autowired
    Invoicing invoicing;

    @Autowired
    DocumentLinks links;

    @Autowired
    TestDocuments.Memos memos;

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
    long customer;

    @BeforeEach
    void acmeHasACustomer() throws Exception {
        acme = tenants.create("Billing");
        customer = new InvoiceClient(mvc, acme).customer("Hotel Miramar", "EUR");
    }

    @Test
    void aModulesDraftKnowsTheSourceOfEveryLineAndIsLinkedToTheModulesDocument() throws Exception {
        DocumentRef contract = as(acme, () -> memos.create("Contract C-7", null));

        DraftInvoice draft = as(acme, () -> invoicing.createDraft(request("contracts:7:2026-03", contract)));

        assertThat(draft.created()).as("made by this call").isTrue();
        assertThat(as(acme, () -> invoicing.state(draft.invoiceId())))
                .isEqualTo(new InvoiceState(draft.invoiceId(), InvoiceState.Status.DRAFT, null));
        new InvoiceClient(mvc, acme).get(InvoiceClient.API + "/" + draft.invoiceId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[*].label").value(Matchers.contains("Support", "Hosting")));
        List<Map<String, Object>> lines = rows.snapshot(acme, "invoice_line").get("invoice_line");
        assertThat(lines).as("the draft's lines and their sources").hasSize(2)
                .extracting(line -> line.get("label") + " " + line.get("source_module") + " "
                        + line.get("source_line_id") + " " + line.get("source_period_start") + " "
                        + line.get("source_period_end"))
                .containsExactlyInAnyOrder("Support contracts 41 2026-03-01 2026-03-31",
                        "Hosting contracts 42 null null");
        assertThat(as(acme, () -> links.linkedTo(contract))).as("what the contract is linked to")
                .flatExtracting(LinkedGroup::documents).extracting(document -> document.ref())
                .containsExactly(new DocumentRef("invoice", draft.invoiceId()));
    }

    @Test
    void theSameKeyRetriedReturnsTheSameInvoiceAndAddsNothing() {
        DraftInvoice first = as(acme, () -> invoicing.createDraft(request("contracts:7:2026-04")));
        DraftInvoice again = as(acme, () -> invoicing.createDraft(request("contracts:7:2026-04")));

        assertThat(again).as("the retry").isEqualTo(new DraftInvoice(first.invoiceId(), false));
        assertThat(rows.snapshot(acme, "invoice", "invoice_line")).as("invoices and lines written")
                .satisfies(tables -> {
                    assertThat(tables.get("invoice")).hasSize(1);
                    assertThat(tables.get("invoice_line")).hasSize(2);
                });

        assertThatThrownBy(() -> as(acme, () -> invoicing.createDraft(new DraftInvoiceRequest("contracts:7:2026-04",
                customer, "Something else", request("x").lines(), List.of()))))
                .as("the key reused for a different request")
                .isInstanceOfSatisfying(ProblemException.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(409);
                    assertThat(refusal.type()).isEqualTo("idempotency-key-reused");
                });
    }

    @Test
    void twoConcurrentCallsWithOneKeyMakeOneInvoice() throws Exception {
        CountDownLatch firstHoldsTheKey = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<DraftInvoice> first = CompletableFuture.supplyAsync(() -> as(acme, () -> {
                DraftInvoice made = invoicing.createDraft(request("projects:3:milestone-2"));
                firstHoldsTheKey.countDown();
                await(firstMayCommit);
                return made;
            }), threads);
            await(firstHoldsTheKey);
            CompletableFuture<DraftInvoice> second = CompletableFuture.supplyAsync(
                    () -> as(acme, () -> invoicing.createDraft(request("projects:3:milestone-2"))), threads);
            DatabaseLocks.awaitATransactionWaitingOnAnother(ownerDataSource);
            firstMayCommit.countDown();

            DraftInvoice made = first.get(60, TimeUnit.SECONDS);
            assertThat(made.created()).as("the first call made it").isTrue();
            assertThat(second.get(60, TimeUnit.SECONDS)).as("the second call, once the first committed")
                    .isEqualTo(new DraftInvoice(made.invoiceId(), false));
        } finally {
            firstMayCommit.countDown();
            threads.shutdownNow();
        }
        assertThat(rows.snapshot(acme, "invoice").get("invoice")).as("invoices written").hasSize(1);
    }

    @Test
    void aCallThatRolledBackLeavesNoKeySoItsRetryMakesTheInvoice() {
        Long rolledBack = TenantContext.callAs(acme.id(), () -> new TransactionTemplate(transactions).execute(tx -> {
            long id = invoicing.createDraft(request("amc:9:visit-1")).invoiceId();
            tx.setRollbackOnly();
            return id;
        }));

        DraftInvoice retry = as(acme, () -> invoicing.createDraft(request("amc:9:visit-1")));

        assertThat(retry.created()).as("the retry after the rollback made it").isTrue();
        assertThat(retry.invoiceId()).as("a new invoice, not the rolled-back one").isNotEqualTo(rolledBack);
        assertThat(rows.snapshot(acme, "invoice", "invoice_draft_request")).satisfies(tables -> {
            assertThat(tables.get("invoice")).as("invoices").hasSize(1);
            assertThat(tables.get("invoice_draft_request")).as("keys held").singleElement()
                    .satisfies(row -> assertThat(row.get("invoice_id")).isEqualTo(retry.invoiceId()));
        });
    }

    @Test
    void aBadRequestNamesEveryBadFieldAndWritesNothing() {
        DraftInvoiceRequest bad = new DraftInvoiceRequest(" ", customer, null, List.of(
                new DraftInvoiceRequest.Line("Support", null, BigDecimal.ONE, null, Money.of("10", EUR), null,
                        BigDecimal.TEN, null, new LineSource("Contracts", 1, LocalDate.of(2026, 3, 31),
                        LocalDate.of(2026, 3, 1))),
                new DraftInvoiceRequest.Line("Hosting", null, BigDecimal.ONE, null,
                        Money.of("10", Currency.getInstance("USD")), null, BigDecimal.TEN, null, null)), List.of());

        assertThatThrownBy(() -> as(acme, () -> invoicing.createDraft(bad)))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(400);
                    assertThat(fields(refusal)).containsExactly("idempotencyKey", "lines[0].source.moduleKey",
                            "lines[0].source.periodEnd", "lines[1].unitPrice", "lines[1].source");
                });
        assertThatThrownBy(() -> as(acme, () -> invoicing.createDraft(request("contracts:1",
                new DocumentRef("test-memo", 1)))))
                .as("linked to a document the tenant does not have").isInstanceOf(NotFoundException.class);
        assertThat(rows.snapshot(acme, "invoice", "invoice_draft_request")).as("rows written")
                .allSatisfy((table, written) -> assertThat(written).as(table).isEmpty());
    }

    @Test
    void anotherTenantsInvoiceHasNoStateForIt() throws Exception {
        DraftInvoice ours = as(acme, () -> invoicing.createDraft(request("contracts:7:2026-05")));
        TestTenant globex = tenants.create("Globex");
        long theirCustomer = new InvoiceClient(mvc, globex).customer("Globex customer", "EUR");

        assertThatThrownBy(() -> as(globex, () -> invoicing.state(ours.invoiceId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(globex, () -> {
            DraftInvoice theirs = invoicing.createDraft(new DraftInvoiceRequest("contracts:7:2026-05",
                    theirCustomer, null,
                    request("x").lines(), List.of()));
            return theirs.created();
        })).as("the same key in another tenant is that tenant's own").isTrue();
    }

    private DraftInvoiceRequest request(String key, DocumentRef... linkedTo) {
        return new DraftInvoiceRequest(key, customer, null, List.of(
                new DraftInvoiceRequest.Line("Support", null, new BigDecimal("1"), "month", Money.of("100.00", EUR),
                        null, new BigDecimal("20"), "VAT 20 %",
                        new LineSource("contracts", 41, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))),
                new DraftInvoiceRequest.Line("Hosting", null, new BigDecimal("2"), null, Money.of("15.00", EUR),
                        null, new BigDecimal("20"), "VAT 20 %", new LineSource("contracts", 42, null, null))),
                List.of(linkedTo));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).as("the other call got there").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ProblemException refusal) {
        return ((List<FieldError>) refusal.properties().get("errors")).stream().map(FieldError::field).toList();
    }

    private <T> T as(TestTenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), () -> new TransactionTemplate(transactions)
                .execute(status -> work.get()));
    }
}
