package dev.atrium.admin.bench;

import dev.atrium.admin.AdminTestApplication;
import dev.atrium.core.provisioning.TenantProvisioningService;
import dev.atrium.core.test.BenchmarkReport;
import dev.atrium.core.test.TestDatabase;
import dev.atrium.core.tenant.NewTenant;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Times tenant provisioning (tenant row + owner with a BCrypt-hashed password,
 * through {@link TenantProvisioningService}) against a raw-JDBC baseline of the same
 * two inserts in one transaction with a precomputed hash. The two alternate
 * tenant by tenant so drift in the machine hits both alike. The password
 * encoder is wrapped to time hashing inside each provisioning, so the report
 * splits hashing from the database and framework work.
 *
 * <p>Not a test: run it with {@code ./mvnw -B -Pbench -pl tenant-admin -am -DskipTests verify}
 * (database from {@code ATRIUM_TEST_DB_URL}, like the tests; a fresh database per run).
 */
public final class ProvisioningBenchmark {

    private static final int WARM_UP = 20;
    private static final double GOAL_MEDIAN_MS = 100;
    private static final String PASSWORD = "benchmark-password-1";
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    private ProvisioningBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        TimedPasswordEncoder hashing = new TimedPasswordEncoder();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AdminTestApplication.class)
                .properties("server.port=0", "atrium.admin.email=bench@atrium.test",
                        "atrium.admin.password=" + PASSWORD,
                        // Production's cost, not the suite's cheap one: hashing is part of what is measured.
                        "atrium.test.bcrypt-strength=10")
                .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(hashing.installer()))
                .run()) {
            TenantProvisioningService provisioning = context.getBean(TenantProvisioningService.class);
            DataSource dataSource = context.getBean("dataSource", DataSource.class);
            String storedHash = context.getBean(PasswordEncoder.class).encode(PASSWORD);

            double loadBefore = systemLoad();
            for (int i = 0; i < WARM_UP; i++) {
                provision(provisioning, "warm-" + i);
                insertRaw(dataSource, "raw-warm-" + i, storedHash);
            }
            double[] total = new double[tenants];
            double[] hash = new double[tenants];
            double[] rest = new double[tenants];
            double[] raw = new double[tenants];
            for (int i = 0; i < tenants; i++) {
                hashing.reset();
                long start = System.nanoTime();
                provision(provisioning, "t-" + i);
                total[i] = millis(System.nanoTime() - start);
                hash[i] = millis(hashing.encodeNanos());
                rest[i] = total[i] - hash[i];

                start = System.nanoTime();
                insertRaw(dataSource, "raw-" + i, storedHash);
                raw[i] = millis(System.nanoTime() - start);
            }
            report(tenants, total, hash, rest, raw, loadBefore);
        }
    }

    private static void provision(TenantProvisioningService provisioning, String name) {
        String slug = "bench-" + RUN + "-" + name;
        provisioning.provision(new NewTenant(slug, "Bench " + name, Currency.getInstance("EUR"), Locale.UK,
                ZoneId.of("Europe/Paris")), "owner@" + slug + ".test", "Owner " + name, PASSWORD);
    }

    /** The floor: the same two rows in one transaction, no hashing, no JPA, no Spring transaction. */
    private static void insertRaw(DataSource dataSource, String name, String storedHash) throws SQLException {
        String slug = "bench-" + RUN + "-" + name;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long tenantId;
            try (PreparedStatement tenant = connection.prepareStatement("""
                    insert into tenant (slug, name, status, default_currency, locale, time_zone)
                    values (?, ?, 'ACTIVE', 'EUR', 'en-GB', 'Europe/Paris') returning id""")) {
                tenant.setString(1, slug);
                tenant.setString(2, "Bench " + name);
                try (ResultSet created = tenant.executeQuery()) {
                    created.next();
                    tenantId = created.getLong(1);
                }
            }
            // Users are tenant rows behind row-level security: the tenant is bound for the insert, as the platform does.
            try (PreparedStatement bind = connection.prepareStatement(
                    "select set_config('atrium.tenant_id', ?, true)")) {
                bind.setString(1, String.valueOf(tenantId));
                bind.execute();
            }
            try (PreparedStatement owner = connection.prepareStatement("""
                    insert into app_user (id, tenant_id, email, display_name, password_hash, role)
                    values (nextval('platform_id_seq'), ?, ?, ?, ?, 'OWNER')""")) {
                owner.setLong(1, tenantId);
                owner.setString(2, "owner@" + slug + ".test");
                owner.setString(3, "Owner " + name);
                owner.setString(4, storedHash);
                owner.executeUpdate();
            }
            connection.commit();
        }
    }

    private static void report(int n, double[] total, double[] hash, double[] rest, double[] raw,
            double loadBefore) {
        String database = TestDatabase.get().jdbcUrl().replaceAll("\\?.*", "");
        BenchmarkReport report = new BenchmarkReport()
                .line("Tenant provisioning: %d tenants (after %d warm-up), one thread, JDK %s, %s",
                        n, WARM_UP, Runtime.version().feature(), database)
                // Hashing is CPU-bound: a busy machine slows it, so the report says how busy this one was.
                .line("Machine: %d CPUs, load average %.1f before, %.1f after",
                        Runtime.getRuntime().availableProcessors(), loadBefore, systemLoad())
                .line("%-46s %9s %9s %9s", "per tenant (ms)", "median", "p95", "mean");
        row(report, "TenantProvisioningService.provision (tenant + owner)", total);
        row(report, "  password hashing (BCrypt, strength 10)", hash);
        row(report, "  everything else (JPA, transaction, SQL)", rest);
        row(report, "raw JDBC baseline (2 inserts + tenant setting)", raw);
        report.line("%-46s %9.1f", "ratio provision / raw JDBC (medians)", median(total) / median(raw))
                .line("%-46s %9.1f", "ratio everything else / raw JDBC (medians)", median(rest) / median(raw))
                .line("Goal: median <= %.0f ms per tenant: %s (median %.1f ms)", GOAL_MEDIAN_MS,
                        median(total) <= GOAL_MEDIAN_MS ? "MET" : "MISSED", median(total))
                .publish(Path.of("target/provisioning-benchmark.txt"));
    }

    private static void row(BenchmarkReport report, String label, double[] values) {
        report.line("%-46s %9.2f %9.2f %9.2f", label, median(values), percentile(values, 95),
                Arrays.stream(values).average().orElse(0));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Nearest rank: the smallest value with at least {@code p}% of the values at or below it. */
    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(p / 100.0 * sorted.length) - 1];
    }

    private static double systemLoad() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Wraps the platform's encoder and adds up the time spent hashing on this (the only) thread. */
    private static final class TimedPasswordEncoder {

        private long encodeNanos;

        BeanPostProcessor installer() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof PasswordEncoder encoder ? timed(encoder) : bean;
                }
            };
        }

        private PasswordEncoder timed(PasswordEncoder encoder) {
            return new PasswordEncoder() {
                @Override
                public String encode(CharSequence rawPassword) {
                    long start = System.nanoTime();
                    try {
                        return encoder.encode(rawPassword);
                    } finally {
                        encodeNanos += System.nanoTime() - start;
                    }
                }

                @Override
                public boolean matches(CharSequence rawPassword, String encodedPassword) {
                    return encoder.matches(rawPassword, encodedPassword);
                }

                @Override
                public boolean upgradeEncoding(String encodedPassword) {
                    return encoder.upgradeEncoding(encodedPassword);
                }
            };
        }

        void reset() {
            encodeNanos = 0;
        }

        long encodeNanos() {
            return encodeNanos;
        }
    }
}
