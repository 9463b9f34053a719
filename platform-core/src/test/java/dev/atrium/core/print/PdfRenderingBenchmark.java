package dev.atrium.core.print;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.BenchmarkReport;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.plugin.print.DocumentPrinter;
import dev.atrium.plugin.print.PrintableDocument;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Not a test: how long printing an invoice of 20 lines takes, the company's letterhead and logo read from the
 * database each time as a download would, after a warm-up; median and p95 in milliseconds. Runs only with
 * {@code ./mvnw -Pbench-pdf -pl platform-core -am verify} (the machine's PostgreSQL and Redis, as for the tests)
 * and prints its figures, also written to {@code platform-core/target/pdf-rendering-benchmark.txt}.
 */
@PlatformTest
class PdfRenderingBenchmark {

    private static final int WARMUP = Integer.getInteger("atrium.bench.pdf.warmup", 30);
    private static final int RUNS = Integer.getInteger("atrium.bench.pdf.runs", 200);

    @Autowired
    DocumentPrinter printer;

    @Autowired
    TestTenants tenants;

    @Autowired
    MockMvc mvc;

    @Test
    void measure() throws Exception {
        TestTenant acme = tenants.create("Bench Print");
        PrintingCompanies.describe(mvc, acme, "Acme Services", "Acme Services SAS",
                "12 rue de la Paix\n75002 Paris\nFrance", "FR 40 123456789");
        PrintingCompanies.uploadLogo(mvc, acme);
        PrintableDocument invoice = SampleDocuments.invoice(20, Currency.getInstance("EUR"), Locale.UK);

        long bytes = 0;
        for (int i = 0; i < WARMUP; i++) {
            bytes = print(acme, invoice).length;
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            print(acme, invoice);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);

        new BenchmarkReport()
                .line("PDF rendering: an invoice of 20 lines, letterhead with logo, %d runs after %d warm-up", RUNS,
                        WARMUP)
                .line("  median %.1f ms   p95 %.1f ms   min %.1f ms   max %.1f ms   (%d KB per PDF)",
                        percentile(millis, 50), percentile(millis, 95), millis[0], millis[RUNS - 1], bytes / 1024)
                .publish(Path.of("target", "pdf-rendering-benchmark.txt"));
    }

    private byte[] print(TestTenant tenant, PrintableDocument invoice) {
        return TenantContext.callAs(tenant.id(), () -> printer.pdf(invoice, Locale.UK));
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(index, 0)];
    }
}
