package dev.atrium.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Legal numbers under load: eight threads validate a thousand drafts of two tenants dated in two years, and some
 * of the validating transactions fail after taking their number. What exists afterwards is 1..N per tenant and
 * year, without a gap or a duplicate.
 */
// Isolated: its eight threads hold most of the pool's connections for a minute, which would starve the test
// classes running beside it.
@Isolated
@PlatformTest
class InvoiceNumberingTest {

    private static final int DRAFTS = 1000;
    private static final int THREADS = 8;
    /** Every seventh validation rolls back after its number was taken. */
    private static final int FAILING_EVERY = 7;

    @Autowired
    TestTenants tenants;

    @Autowired
    InvoiceDrafts drafts;

    @Autowired
    InvoiceService invoices;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void eightThreadsValidatingAThousandDraftsOfTwoTenantsGiveNumbersOneToNPerTenantAndYearWithoutGaps()
            throws Exception {
        List<TestTenant> both = List.of(tenants.create("Numbers A"), tenants.create("Numbers B"));
        ConcurrentLinkedQueue<long[]> queue = new ConcurrentLinkedQueue<>();
        List<long[]> all = new ArrayList<>();
        for (TestTenant tenant : both) {
            long party = new InvoiceClient(mvc, tenant).customer("Customer of " + tenant.slug(), "EUR");
            for (int i = 0; i < DRAFTS / both.size(); i++) {
                LocalDate date = LocalDate.of(i % 2 == 0 ? 2025 : 2026, 1 + i % 12, 1 + i % 28);
                long id = TenantContext.callAs(tenant.id(), () -> drafts.createDraft(draft(party, date)));
                all.add(new long[] {tenant.id(), id});
            }
        }
        Collections.shuffle(all, new Random(14));
        queue.addAll(all);

        AtomicInteger taken = new AtomicInteger();
        AtomicInteger rolledBack = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    for (long[] next = queue.poll(); next != null; next = queue.poll()) {
                        long tenantId = next[0];
                        long id = next[1];
                        boolean failAfterNumber = taken.incrementAndGet() % FAILING_EVERY == 0;
                        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> {
                            invoices.validate(id);
                            if (failAfterNumber) {
                                rolledBack.incrementAndGet();
                                status.setRollbackOnly();
                            }
                        }));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(rolledBack.get()).as("validations that failed after taking their number").isPositive();
        int validated = 0;
        long stillDrafts = 0;
        for (TestTenant tenant : both) {
            Map<String, List<Long>> numbersByYear = numbersByYear(tenant.id());
            assertThat(numbersByYear.keySet()).as("years numbered for %s", tenant.slug())
                    .containsExactly("2025", "2026");
            for (Map.Entry<String, List<Long>> year : numbersByYear.entrySet()) {
                List<Long> numbers = year.getValue();
                assertThat(numbers).as("numbers of %s in %s, sorted", tenant.slug(), year.getKey())
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, numbers.size()).boxed().toList());
                validated += numbers.size();
            }
            stillDrafts += count(tenant.id(), "status = 'DRAFT'");
        }
        assertThat(validated).as("validated invoices across both tenants").isEqualTo(DRAFTS - rolledBack.get());
        assertThat(stillDrafts).as("drafts whose validation rolled back, still drafts").isEqualTo(rolledBack.get());
    }

    private Map<String, List<Long>> numbersByYear(long tenantId) {
        Map<String, List<Long>> byYear = new TreeMap<>();
        for (String number : inTenant(tenantId, () -> jdbc.queryForList(
                "select number from invoice where tenant_id = ? and number is not null", String.class, tenantId))) {
            // INV-2026-00042: the year, then the counter.
            String[] parts = number.split("-");
            byYear.computeIfAbsent(parts[1], year -> new ArrayList<>()).add(Long.parseLong(parts[2]));
        }
        byYear.values().forEach(Collections::sort);
        return byYear;
    }

    private long count(long tenantId, String condition) {
        return inTenant(tenantId, () -> jdbc.queryForObject(
                "select count(*) from invoice where tenant_id = ? and " + condition, Long.class, tenantId));
    }

    /** A JDBC read under row-level security, in a transaction that binds the tenant as the application's do. */
    private <T> T inTenant(long tenantId, Supplier<T> read) {
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> read.get()));
    }

    private static NewInvoice draft(long party, LocalDate date) {
        return new NewInvoice(party, null, date, null, null, List.of(new NewInvoice.Line("Service", null,
                BigDecimal.ONE, "h", new BigDecimal("80.00"), null, new BigDecimal("20"), "VAT", null)), null);
    }
}
