package dev.atrium.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.plugin.numbering.DocumentNumbers;
import dev.atrium.plugin.numbering.NumberReset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PlatformTest
class DocumentNumberingTest {

    static final String SERIES = "party.customer";
    static final LocalDate DATE = LocalDate.of(2026, 3, 9);

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    NumberSeriesService settings;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TestTenants tenants;

    TestTenant tenant;
    TransactionTemplate transactions;

    @BeforeEach
    void newTenant() {
        tenant = tenants.create("Numbers");
        transactions = new TransactionTemplate(transactionManager);
    }

    @Test
    void concurrentTakersGetDistinctContiguousNumbersAndRolledBackOnesLeaveNoGap() throws Exception {
        int threads = 6;
        int perThread = 20;
        List<String> committed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> takers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                takers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        // Every fourth taker fails after taking its number: its document, and its number, vanish.
                        boolean rollBack = (thread + i) % 4 == 0;
                        String number = take(rollBack);
                        if (!rollBack) {
                            committed.add(number);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> taker : takers) {
                taker.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> expected = IntStream.rangeClosed(1, committed.size()).mapToObj("C%05d"::formatted).toList();
        assertThat(committed).as("numbers of committed documents: each once, none skipped")
                .hasSize(threads * perThread - threads * perThread / 4)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(take(false)).as("the next number after them").isEqualTo("C%05d".formatted(committed.size() + 1));
    }

    @Test
    void aRolledBackTakerGivesItsNumberBackToTheNext() {
        assertThat(take(false)).isEqualTo("C00001");
        assertThat(take(true)).as("taken, then rolled back").isEqualTo("C00002");
        assertThat(take(false)).as("the next taker gets the number given back").isEqualTo("C00002");
    }

    @Test
    void aYearlySeriesStartsAgainInEachYearOfTheDocumentDate() {
        TenantContext.runAs(tenant.id(), () -> settings.change(SERIES,
                new NumberSeriesRequest("K", "{prefix}{yy}-{seq:4}", NumberReset.YEARLY)));

        assertThat(take(LocalDate.of(2026, 12, 31))).isEqualTo("K26-0001");
        assertThat(take(LocalDate.of(2027, 1, 1))).isEqualTo("K27-0001");
        assertThat(take(LocalDate.of(2026, 6, 1))).as("a late document of 2026 continues 2026").isEqualTo("K26-0002");
        assertThat(take(LocalDate.of(2027, 2, 1))).isEqualTo("K27-0002");
    }

    @Test
    void eachTenantCountsItsOwnSeries() {
        TestTenant other = tenants.create("Other numbers");
        assertThat(take(false)).isEqualTo("C00001");
        assertThat(take(false)).isEqualTo("C00002");
        String othersFirst = TenantContext.callAs(other.id(),
                () -> transactions.execute(status -> numbers.next(SERIES, DATE)));
        assertThat(othersFirst).as("another tenant's first number").isEqualTo("C00001");
    }

    @Test
    void takingANumberOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> TenantContext.runAs(tenant.id(), () -> numbers.next(SERIES, DATE)))
                .as("a number outside the document's transaction could not be given back")
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anUndeclaredSeriesIsRefused() {
        assertThatThrownBy(() -> TenantContext.runAs(tenant.id(), () -> transactions.executeWithoutResult(
                status -> numbers.next("invoice.nobody-declared-this", DATE))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invoice.nobody-declared-this");
    }

    private String take(boolean rollBack) {
        return TenantContext.callAs(tenant.id(), () -> transactions.execute(status -> {
            String number = numbers.next(SERIES, DATE);
            if (rollBack) {
                status.setRollbackOnly();
            }
            return number;
        }));
    }

    private String take(LocalDate date) {
        return TenantContext.callAs(tenant.id(), () -> transactions.execute(status -> numbers.next(SERIES, date)));
    }
}
