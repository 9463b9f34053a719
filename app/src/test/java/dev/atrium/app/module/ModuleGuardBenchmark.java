package dev.atrium.app.module;

import static dev.atrium.app.module.Nodes.status;

import dev.atrium.core.module.ModuleGuard;
import dev.atrium.core.test.BenchmarkReport;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: measures what the module guard costs and how fast an activation
 * reaches another node. Runs only with {@code ./mvnw -Pbench -pl app -am verify}
 * (the machine's PostgreSQL and Redis, as for the tests) and prints its
 * figures, also written to {@code app/target/module-guard-benchmark.txt}.
 */
class ModuleGuardBenchmark {

    private static final String ENDPOINT = "/api/v1/contracts";
    private static final int CLIENTS = 16;
    private static final long WINDOW_MILLIS = 1_500;
    private static final int WARMUP_CHUNKS = 8;
    private static final int PAIRS = 16;
    private static final int CHANGES = 20;

    @Test
    void measure() throws Exception {
        ConfigurableApplicationContext guarded = Nodes.start();
        ConfigurableApplicationContext unguarded = Nodes.start("atrium.modules.guard.enabled=false");
        try {
            TestTenant acme = guarded.getBean(TestTenants.class).create("Bench");
            int guardedPort = Nodes.port(guarded);
            int unguardedPort = Nodes.port(unguarded);
            require(status(guardedPort, "PUT", "/api/v1/modules/contracts/activation", acme.bearer()) == 200);

            // Both nodes keep warming up (JIT) for a long while: alternate short windows, so drift hits both alike.
            for (int chunk = 0; chunk < WARMUP_CHUNKS; chunk++) {
                throughput(guardedPort, acme, WINDOW_MILLIS);
                throughput(unguardedPort, acme, WINDOW_MILLIS);
            }
            double withGuard = 0;
            double withoutGuard = 0;
            List<Double> ratios = new ArrayList<>();
            for (int pair = 0; pair < PAIRS; pair++) {
                double on;
                double off;
                if (pair % 2 == 0) {
                    on = throughput(guardedPort, acme, WINDOW_MILLIS);
                    off = throughput(unguardedPort, acme, WINDOW_MILLIS);
                } else {
                    off = throughput(unguardedPort, acme, WINDOW_MILLIS);
                    on = throughput(guardedPort, acme, WINDOW_MILLIS);
                }
                withGuard += on / PAIRS;
                withoutGuard += off / PAIRS;
                ratios.add(on / off);
            }
            Collections.sort(ratios);
            ModuleGuard guard = guarded.getBean(ModuleGuard.class);
            long checks = 2_000_000;
            long checkStart = System.nanoTime();
            for (long i = 0; i < checks; i++) {
                require(guard.isActive(acme.id(), "contracts"));
            }
            double nanosPerCheck = (System.nanoTime() - checkStart) / (double) checks;

            // Changes are made on the unguarded node and must be enforced by the guarded one.
            List<Long> delays = new ArrayList<>();
            for (int change = 0; change < CHANGES; change++) {
                boolean activate = change % 2 == 1;
                int expected = activate ? 200 : 404;
                long start = System.nanoTime();
                require(status(unguardedPort, activate ? "PUT" : "DELETE", "/api/v1/modules/contracts/activation",
                        acme.bearer()) == 200);
                while (status(guardedPort, "GET", ENDPOINT, acme.bearer()) != expected) {
                    require(System.nanoTime() - start < 10_000_000_000L);
                }
                delays.add((System.nanoTime() - start) / 1_000_000);
            }
            Collections.sort(delays);

            new BenchmarkReport().line("""
                    Module guard benchmark: GET %s, %d concurrent clients, after %d s of warm-up,
                    %d alternating pairs of %.1f s windows (guarded node / unguarded node, same JVM)
                      with guard:    %8.0f requests/s
                      without guard: %8.0f requests/s
                      ratio:         %8.3f (goal >= 0.95); per pair: median %.3f, lowest %.3f, highest %.3f
                      one guard check (ModuleGuard.isActive, cached): %.0f ns
                    Activation on node 1 enforced on node 2, over %d activations and deactivations
                      (each time includes the change request itself)
                      median: %d ms, 90th percentile: %d ms, max: %d ms (goal <= 1000 ms)""", ENDPOINT, CLIENTS, WARMUP_CHUNKS * 2 * WINDOW_MILLIS / 1000, PAIRS, WINDOW_MILLIS / 1000.0,
                    withGuard, withoutGuard, withGuard / withoutGuard, ratios.get(PAIRS / 2), ratios.getFirst(),
                    ratios.getLast(), nanosPerCheck, CHANGES, delays.get(delays.size() / 2),
                    delays.get(delays.size() * 9 / 10), delays.getLast())
                    .publish(Path.of("target/module-guard-benchmark.txt"));
        } finally {
            unguarded.close();
            guarded.close();
        }
    }

    private static double throughput(int port, TestTenant tenant, long millis) {
        LongAdder done = new LongAdder();
        LongAdder failed = new LongAdder();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(millis);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            // Each client works until the window closes; the executor's close waits for the last request.
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        if (status(port, "GET", ENDPOINT, tenant.bearer()) == 200) {
                            done.increment();
                        } else {
                            failed.increment();
                        }
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        require(failed.sum() == 0);
        return done.sum() / seconds;
    }

    private static void require(boolean condition) {
        if (!condition) {
            throw new IllegalStateException("The benchmark's setup did not behave as expected");
        }
    }
}
