package dev.atrium.core.invoice;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.BenchmarkReport;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Not a test: invoice validations per second through the service (the row lock on the invoice, the party read,
 * the number taken under the series' row lock, the party copied, the history entry, the event), on one tenant and
 * on 50 tenants at once, each beside a raw JDBC baseline in the same run doing the same numbered work on the same
 * tables: the invoice locked, the counter inserted if new and locked, advanced, and the invoice numbered, one
 * transaction each with the tenant bound as the application binds it. Figures only, never an assertion on time.
 *
 * <p>Runs only with {@code ./mvnw -Pbench-invoices -pl platform-core -am verify}; the figures go to the log and
 * to {@code platform-core/target/invoice-validation-benchmark.txt}.
 */
@PlatformTest
class InvoiceValidationBenchmark {

    private static final int THREADS = 8;
    private static final int DRAFTS = Integer.getInteger("atrium.bench.invoices.drafts", 1200);
    private static final int TENANTS = 50;
    /** The service's drafts and the baseline's are dated in different years: each has its own counters. */
    private static final LocalDate SERVICE_DATE = LocalDate.of(2030, 6, 1);
    private static final LocalDate BASELINE_DATE = LocalDate.of(2031, 6, 1);

    @Autowired
    TestTenants tenants;

    @Autowired
    InvoiceDrafts drafts;

    @Autowired
    InvoiceService invoices;

    @Autowired
    DataSource applicationRole;

    @Autowired
    MockMvc mvc;

    @Test
    void measure() throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<TestTenant> one = List.of(tenants.create("Bench one"));
        List<TestTenant> many = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            many.add(tenants.create("Bench many " + i));
        }
        // Warm-up: the JIT, the pool and the statement caches, on drafts of their own.
        validate(drafts(one, DRAFTS / 4, SERVICE_DATE.minusYears(1)), true);
        validate(drafts(one, DRAFTS / 4, BASELINE_DATE.minusYears(3)), false);

        Rate oneService = validate(drafts(one, DRAFTS, SERVICE_DATE), true);
        Rate oneBaseline = validate(drafts(one, DRAFTS, BASELINE_DATE), false);
        Rate manyService = validate(drafts(many, DRAFTS / TENANTS, SERVICE_DATE), true);
        Rate manyBaseline = validate(drafts(many, DRAFTS / TENANTS, BASELINE_DATE), false);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        new BenchmarkReport()
                .line("Invoice validations, %d threads, %d drafts per measurement (one line each)", THREADS, DRAFTS)
                .line("%-34s %12s %12s %8s", "", "service /s", "raw JDBC /s", "ratio")
                .line("%-34s %12.1f %12.1f %7.0f %%", "1 tenant (one counter, contended)", oneService.perSecond(),
                        oneBaseline.perSecond(), 100 * oneService.perSecond() / oneBaseline.perSecond())
                .line("%-34s %12.1f %12.1f %7.0f %%", TENANTS + " tenants at once", manyService.perSecond(),
                        manyBaseline.perSecond(), 100 * manyService.perSecond() / manyBaseline.perSecond())
                .line("Goal: the service at 50 %% or more of the raw JDBC baseline")
                .line("%d cores, load average %.1f before, %.1f after; the database runs on the same machine",
                        Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter)
                .publish(Path.of("target", "invoice-validation-benchmark.txt"));
    }

    record Rate(int validations, long nanos) {

        double perSecond() {
            return validations * 1e9 / nanos;
        }
    }

    /** One-line drafts spread over the tenants, shuffled so the threads interleave tenants. */
    private List<long[]> drafts(List<TestTenant> over, int perTenant, LocalDate date) throws Exception {
        List<long[]> made = new ArrayList<>();
        for (TestTenant tenant : over) {
            long party = new InvoiceClient(mvc, tenant).customer("Customer " + made.size(), "EUR");
            NewInvoice draft = new NewInvoice(party, null, date, null, null, List.of(new NewInvoice.Line("Service",
                    null, BigDecimal.ONE, "h", new BigDecimal("80.00"), null, new BigDecimal("20"), "VAT", null)), null);
            for (int i = 0; i < perTenant; i++) {
                made.add(new long[] {tenant.id(), TenantContext.callAs(tenant.id(), () -> drafts.createDraft(draft))});
            }
        }
        Collections.shuffle(made, new Random(26));
        return made;
    }

    private Rate validate(List<long[]> work, boolean throughTheService) throws Exception {
        ConcurrentLinkedQueue<long[]> queue = new ConcurrentLinkedQueue<>(work);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    for (long[] next = queue.poll(); next != null; next = queue.poll()) {
                        long tenantId = next[0];
                        long id = next[1];
                        if (throughTheService) {
                            TenantContext.runAs(tenantId, () -> invoices.validate(id));
                        } else {
                            validateRaw(tenantId, id);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Rate(work.size(), System.nanoTime() - start);
    }

    /** The same numbered work in plain SQL: lock the draft, take the year's next number, number the invoice. */
    private void validateRaw(long tenantId, long id) {
        try (Connection connection = applicationRole.getConnection()) {
            connection.setAutoCommit(false);
            try {
                execute(connection, "select set_config('atrium.tenant_id', ?, true)", Long.toString(tenantId));
                LocalDate date;
                try (PreparedStatement lock = connection.prepareStatement(
                        "select invoice_date from invoice where tenant_id = ? and id = ? for update")) {
                    lock.setLong(1, tenantId);
                    lock.setLong(2, id);
                    try (ResultSet row = lock.executeQuery()) {
                        row.next();
                        date = row.getObject(1, LocalDate.class);
                    }
                }
                String period = String.valueOf(date.getYear());
                try (PreparedStatement series = connection.prepareStatement("""
                        insert into number_series (tenant_id, series, prefix, pattern, reset, updated_at)
                        values (?, 'core.invoice', 'INV', '{prefix}-{yyyy}-{seq:5}', 'YEARLY', now())
                        on conflict (tenant_id, series) do nothing""")) {
                    series.setLong(1, tenantId);
                    series.executeUpdate();
                }
                try (PreparedStatement counter = connection.prepareStatement("""
                        insert into number_series_counter (tenant_id, series, period, last_number)
                        values (?, 'core.invoice', ?, 0) on conflict (tenant_id, series, period) do nothing""")) {
                    counter.setLong(1, tenantId);
                    counter.setString(2, period);
                    counter.executeUpdate();
                }
                long number;
                try (PreparedStatement take = connection.prepareStatement("""
                        update number_series_counter set last_number = last_number + 1
                         where tenant_id = ? and series = 'core.invoice' and period = ? returning last_number""")) {
                    take.setLong(1, tenantId);
                    take.setString(2, period);
                    try (ResultSet row = take.executeQuery()) {
                        row.next();
                        number = row.getLong(1);
                    }
                }
                try (PreparedStatement numbered = connection.prepareStatement("""
                        update invoice set status = 'VALIDATED', number = ?, validated_at = now(), updated_at = now(),
                               version = version + 1
                         where tenant_id = ? and id = ? and status = 'DRAFT'""")) {
                    numbered.setString(1, "INV-" + period + "-%05d".formatted(number));
                    numbered.setLong(2, tenantId);
                    numbered.setLong(3, id);
                    numbered.executeUpdate();
                }
                connection.commit();
            } catch (SQLException failed) {
                connection.rollback();
                throw failed;
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("The baseline's validation of invoice " + id + " failed", failed);
        }
    }

    private static void execute(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            statement.execute();
        }
    }
}
