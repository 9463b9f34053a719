package dev.atrium.app.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.atrium.core.test.BenchmarkReport;
import dev.atrium.core.test.TestDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the read path of a list under load, beside the ceilings it is measured against in the same run.
 * Starts the packaged app as a process of its own on this run's database (owner credentials, so it migrates;
 * Redis when {@code ATRIUM_TEST_REDIS_URL} names one), provisions a tenant with an API token and 2,000 third
 * parties, warms up, then with {@value #CLIENTS} concurrent keep-alive clients measures in turn the list
 * {@code GET /api/v1/third-parties?size=20}, one party's detail, {@code /actuator/health/liveness}, and the
 * list's SQL itself (JDBC, {@value #CLIENTS} pooled connections as the application role, the tenant set in
 * each transaction as the app sets it).
 * <p>
 * Then (unless {@code -Datrium.bench.read.search=false}) a tenant of 200,000 parties, two of which match
 * {@code clin}: the p50 of {@code q=clin} through the API, the app's search SQL as the application role in a
 * transaction with the tenant set, and the plain trigram plan as the owner, who is not under row-level security.
 * <p>
 * Runs only with {@code ./mvnw -Pbench-read -pl app -am verify}; figures go to the log and to
 * {@code app/target/read-benchmark.txt}. {@code -Datrium.bench.read.seconds} sets each measurement's length,
 * {@code -Datrium.bench.read.jfr=<file>} records the app under load with JFR.
 */
class ReadPathBenchmark {

    private static final int CLIENTS = 16;
    private static final int PARTIES = 2_000;
    private static final int BIG_TENANT_PARTIES = 200_000;
    private static final int SEARCH_SAMPLES = 60;
    private static final Duration SECONDS = Duration.ofSeconds(Integer.getInteger("atrium.bench.read.seconds", 15));
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("atrium.bench.read.warmup", 20));
    private static final boolean SEARCH = Boolean.parseBoolean(System.getProperty("atrium.bench.read.search", "true"));
    private static final String JFR = System.getProperty("atrium.bench.read.jfr", "");
    private static final String APP_ROLE = "atrium_app";

    /**
     * What the list's page costs the database: the tenant set at begin, then one keyset page (size + 1 rows) as
     * the app's list asks for it (its statement, the tenant bound besides row-level security).
     */
    private static final String LIST_SQL = """
            select id, code, name, kind, sales_relation, supplier, status, tax_id, email, phone, created_at
              from third_party where tenant_id = ? and status = ? order by name asc, id asc limit ?
            """;
    private static final String LIKE = "(lower(name) like ? or lower(code) like ? or lower(email) like ? "
            + "or lower(tax_id) like ?)";
    private static final String SEARCH_SQL = "select id, name from third_party where " + LIKE
            + " order by name, id fetch first 21 rows only";
    private static final String TRIGRAM_SEARCH_SQL = """
            select id, name from third_party
             where id in (select third_party_id from third_party_search_trigram where trigram in ('cli', 'lin')
                           group by third_party_id having count(distinct trigram) = 2)
               and %s
             order by name, id fetch first 21 rows only
            """.formatted(LIKE);

    private final Path target = Path.of("target").toAbsolutePath();
    private final String javaCommand = ProcessHandle.current().info().command().orElse("java");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).executor(Executors.newFixedThreadPool(4)).build();

    @Test
    void measure() throws Exception {
        TestDatabase database = TestDatabase.get();
        Path jar = target.resolve("atrium.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": the benchmark runs after the jar is packaged "
                    + "(./mvnw -Pbench-read -pl app -am verify)");
        }
        int port = freePort();
        Process app = start(jar, database, port);
        try (Connection owner = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            Tenant small = provision(owner, "bench", PARTIES, false);
            String base = "http://127.0.0.1:" + port;
            URI list = URI.create(base + "/api/v1/third-parties?size=20");
            URI detail = URI.create(base + "/api/v1/third-parties/" + small.someParty());
            URI liveness = URI.create(base + "/actuator/health/liveness");
            requireOk(list, small.token());
            requireOk(detail, small.token());
            requireOk(liveness, null);

            BenchmarkReport report = new BenchmarkReport();
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            try (HikariDataSource pool = appPool(database)) {
                Load sql = () -> listSql(pool, small.id());
                // Warm-up: the JIT, the pools and the caches of both sides, the same work as measured.
                run(() -> get(list, small.token()), WARM_UP);
                run(() -> get(detail, small.token()), WARM_UP.dividedBy(2));
                run(() -> get(liveness, null), WARM_UP.dividedBy(2));
                run(sql, WARM_UP.dividedBy(2));
                CpuMeter cpu = new CpuMeter(app, owner);
                Result liveResult = cpu.measure(() -> run(() -> get(liveness, null), SECONDS));
                Process recording = JFR.isBlank() ? null : startRecording(app);
                Result listResult = cpu.measure(() -> run(() -> get(list, small.token()), SECONDS));
                if (recording != null) {
                    recording.waitFor(30, TimeUnit.SECONDS);
                }
                Result detailResult = cpu.measure(() -> run(() -> get(detail, small.token()), SECONDS));
                Result sqlResult = cpu.measure(() -> run(sql, SECONDS));
                double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                report.line("Read path, %d concurrent keep-alive clients, %ds each after %ds of warm-up, %d parties",
                                CLIENTS, SECONDS.toSeconds(), WARM_UP.toSeconds(), PARTIES)
                        .line("%-44s %10s %9s %9s %7s %10s %10s", "", "req/s", "p50 ms", "p99 ms", "errors",
                                "app CPU", "db CPU")
                        .line(listResult.format("GET /api/v1/third-parties?size=20"))
                        .line(detailResult.format("GET /api/v1/third-parties/{id}"))
                        .line(liveResult.format("GET /actuator/health/liveness"))
                        .line(sqlResult.format("list SQL, app role, tenant set, 16 pooled"))
                        .line("list / liveness    %6.2f x", listResult.rate() / liveResult.rate())
                        .line("detail / liveness  %6.2f x", detailResult.rate() / liveResult.rate())
                        .line("list / list SQL    %6.2f x", listResult.rate() / sqlResult.rate())
                        .line("%d cores, load average %.1f before, %.1f after; the clients run on the same machine",
                                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter)
                        .line("app CPU, db CPU: ms of CPU time per request spent by the app's process and by the "
                                + "database's server processes of this run's database, whatever else the machine runs");
                if (SEARCH) {
                    search(owner, pool, base, report);
                }
            }
            report.publish(target.resolve("read-benchmark.txt"));
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    private void search(Connection owner, HikariDataSource pool, String base, BenchmarkReport report)
            throws Exception {
        Tenant big = provision(owner, "bench-big", BIG_TENANT_PARTIES, true);
        try (Statement statement = owner.createStatement()) {
            statement.execute("analyze");
        }
        URI search = URI.create(base + "/api/v1/third-parties?size=20&q=clin");
        String answer = requireOk(search, big.token());
        if (!answer.contains("Clinique Saint-Jean") || !answer.contains("Polyclinic Nord")) {
            throw new IllegalStateException("q=clin did not find the two matches: " + answer);
        }
        boolean trigrams = exists(owner, "third_party_search_trigram");
        String appSearch = trigrams ? TRIGRAM_SEARCH_SQL : SEARCH_SQL;
        double api = p50(() -> get(search, big.token()));
        double appSql = p50(() -> searchSql(pool, big.id(), appSearch));
        double ownerChoice = p50(() -> ownerSearch(owner, big.id(), false));
        double ownerPlan = p50(() -> ownerSearch(owner, big.id(), true));
        String plan = appPlan(pool, big.id(), appSearch);
        String ownersPlan = ownerPlan(owner, big.id());
        report.line("")
                .line("Search q=clin (2 matches) in one tenant of %,d parties, p50 of %d sequential runs",
                        BIG_TENANT_PARTIES, SEARCH_SAMPLES)
                .line("%-58s %9.2f ms", "through the API", api)
                .line("%-58s %9.2f ms", "app's search SQL, app role, tenant set (" + (trigrams ? "trigram table"
                        : "lower() like") + ")", appSql)
                .line("%-58s %9.2f ms", "owner, no RLS, literal term, planner's choice", ownerChoice)
                .line("%-58s %9.2f ms", "owner's trigram-index plan (bitmap scans, no RLS)", ownerPlan)
                .line("API / owner's trigram plan        %6.2f x", api / ownerPlan)
                .line("app SQL / owner's trigram plan    %6.2f x", appSql / ownerPlan)
                .line("app role's plan: %s", plan)
                .line("owner's trigram-index plan: %s", ownersPlan);
    }

    private Process start(Path jar, TestDatabase database, int port) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaCommand, "-Dserver.port=" + port));
        if (!JFR.isBlank()) {
            // JFR's default of 64 frames cuts a request's stack in the middle of its filters.
            command.add("-XX:FlightRecorderOptions:stackdepth=256");
        }
        command.addAll(List.of("-jar", jar.toString()));
        Path log = target.resolve("read-benchmark").resolve("atrium.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("ATRIUM_"));
        builder.environment().putAll(Map.of(
                "ATRIUM_DB_URL", database.jdbcUrl(),
                "ATRIUM_DB_OWNER_USER", database.user(),
                "ATRIUM_DB_OWNER_PASSWORD", database.password(),
                "ATRIUM_PLUGINS_DIR", target.resolve("plugins").toString(),
                "ATRIUM_DEMO", "false"));
        String redis = System.getenv("ATRIUM_TEST_REDIS_URL");
        if (redis != null && !redis.isBlank()) {
            builder.environment().put("ATRIUM_REDIS_URL", redis);
        }
        Process process = builder.start();
        long started = System.nanoTime();
        URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        while (!ready(readiness)) {
            if (System.nanoTime() - started > Duration.ofMinutes(5).toNanos()) {
                throw new IllegalStateException("The app was not ready within 5 minutes; see " + log);
            }
            try {
                process.onExit().get(100, TimeUnit.MILLISECONDS);
                throw new IllegalStateException("The app ended before it was ready; see " + log);
            } catch (TimeoutException stillStarting) {
                // ask again
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        return process;
    }

    private Process startRecording(Process app) throws IOException {
        Path jcmd = Path.of(javaCommand).resolveSibling("jcmd");
        return new ProcessBuilder(jcmd.toString(), Long.toString(app.pid()), "JFR.start",
                "duration=" + SECONDS.toSeconds() + "s", "filename=" + Path.of(JFR).toAbsolutePath(),
                "settings=profile").inheritIO().start();
    }

    private boolean ready(URI readiness) throws InterruptedException {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(readiness)
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private record Tenant(long id, String token, long someParty) {
    }

    /**
     * A tenant, its owner, a token and its parties, written as the database owner, who is not under row-level
     * security here (the test server's superuser). The big tenant's parties are all alike but two.
     */
    private Tenant provision(Connection owner, String slug, int parties, boolean twoRareMatches) throws Exception {
        String secret = "atr_" + slug + "_" + "x".repeat(43 - slug.length()) + slug;
        try (Statement statement = owner.createStatement()) {
            long tenant;
            try (ResultSet rs = statement.executeQuery("insert into tenant (slug, name, status, default_currency, "
                    + "locale, time_zone) values ('" + slug + "', '" + slug + "', 'ACTIVE', 'EUR', 'en', "
                    + "'Europe/Paris') returning id")) {
                rs.next();
                tenant = rs.getLong(1);
            }
            long user;
            try (ResultSet rs = statement.executeQuery("insert into app_user (id, tenant_id, email, display_name, "
                    + "password_hash, role) values (nextval('platform_id_seq'), " + tenant + ", 'owner@" + slug
                    + ".test', 'Owner', '{noop}unused', 'OWNER') returning id")) {
                rs.next();
                user = rs.getLong(1);
            }
            statement.execute("insert into api_token (id, tenant_id, user_id, name, token_hash, prefix) values "
                    + "(nextval('platform_id_seq'), " + tenant + ", " + user + ", 'bench', '" + sha256(secret)
                    + "', 'atr_bench')");
            statement.execute("""
                    insert into third_party (tenant_id, id, code, name, kind, sales_relation, supplier, status,
                                             tax_id, email, payment_terms, currency, created_at, updated_at)
                    select %d, nextval('atrium_id_seq'), 'TP-' || lpad(g::text, 6, '0'),
                           'Party ' || lpad(g::text, 6, '0') || ' Trading', 'COMPANY', 'CUSTOMER', false, 'ACTIVE',
                           'FR' || lpad(g::text, 10, '0'), 'contact' || g || '@example.com', 'NET_30', 'EUR',
                           now(), now()
                      from generate_series(1, %d) g
                    """.formatted(tenant, parties - (twoRareMatches ? 2 : 0)));
            if (twoRareMatches) {
                statement.execute("""
                        insert into third_party (tenant_id, id, code, name, kind, sales_relation, supplier, status,
                                                 email, payment_terms, currency, created_at, updated_at)
                        values (%1$d, nextval('atrium_id_seq'), 'TP-RARE1', 'Clinique Saint-Jean', 'COMPANY',
                                'CUSTOMER', false, 'ACTIVE', null, 'NET_30', 'EUR', now(), now()),
                               (%1$d, nextval('atrium_id_seq'), 'TP-RARE2', 'Polyclinic Nord', 'COMPANY',
                                'CUSTOMER', false, 'ACTIVE', 'info@nord.example', 'NET_30', 'EUR', now(), now())
                        """.formatted(tenant));
            }
            long party;
            try (ResultSet rs = statement.executeQuery("select min(id) from third_party where tenant_id = "
                    + tenant)) {
                rs.next();
                party = rs.getLong(1);
            }
            return new Tenant(tenant, secret, party);
        }
    }

    private static boolean exists(Connection owner, String table) throws SQLException {
        try (PreparedStatement statement = owner.prepareStatement("select to_regclass(?) is not null")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private HikariDataSource appPool(TestDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(APP_ROLE);
        config.setPassword(APP_ROLE);
        config.setMaximumPoolSize(CLIENTS);
        config.setMinimumIdle(CLIENTS);
        config.setAutoCommit(false);
        config.setPoolName("bench-app-role");
        return new HikariDataSource(config);
    }

    private static void listSql(HikariDataSource pool, long tenant) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            bind(connection, tenant);
            try (PreparedStatement statement = connection.prepareStatement(LIST_SQL)) {
                statement.setLong(1, tenant);
                statement.setString(2, "ACTIVE");
                statement.setInt(3, 21);
                try (ResultSet rs = statement.executeQuery()) {
                    int rows = 0;
                    while (rs.next()) {
                        rows++;
                    }
                    if (rows != 21) {
                        throw new IllegalStateException("The list SQL answered " + rows + " rows");
                    }
                }
            }
            connection.commit();
        }
    }

    private static void searchSql(HikariDataSource pool, long tenant, String sql) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            bind(connection, tenant);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 1; i <= 4; i++) {
                    statement.setString(i, "%clin%");
                }
                requireTwo(statement);
            }
            connection.commit();
        }
    }

    private static String appPlan(HikariDataSource pool, long tenant, String sql) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            bind(connection, tenant);
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement statement = connection.prepareStatement("explain (analyze, costs off) " + sql)) {
                for (int i = 1; i <= 4; i++) {
                    statement.setString(i, "%clin%");
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        plan.append("\n    ").append(rs.getString(1));
                    }
                }
            }
            connection.commit();
            return plan.toString();
        }
    }

    /** The owner's search as an operator would type it in psql: the term a literal, no RLS on the way. */
    private static String ownerSql(long tenant) {
        return "select id, name from third_party where tenant_id = " + tenant + " and "
                + LIKE.replace("?", "'%clin%'") + " order by name, id fetch first 21 rows only";
    }

    /**
     * The owner's search, left to the planner ({@code trigramIndex} false) or held to the trigram index's bitmap
     * scans (true): with the term's estimate off, the planner may walk the name index instead, which is not the
     * plan the trigram index promises.
     */
    private static void ownerSearch(Connection owner, long tenant, boolean trigramIndex) throws SQLException {
        owner.setAutoCommit(false);
        try (Statement settings = owner.createStatement()) {
            if (trigramIndex) {
                settings.execute("set local enable_indexscan = off");
            }
            // A plain statement, planned at every run: a prepared one would keep the plan of its first runs
            // whatever the setting says now.
            try (ResultSet rs = settings.executeQuery(ownerSql(tenant))) {
                requireTwo(rs);
            }
        } finally {
            owner.commit();
            owner.setAutoCommit(true);
        }
    }

    private static String ownerPlan(Connection owner, long tenant) throws SQLException {
        owner.setAutoCommit(false);
        StringBuilder plan = new StringBuilder();
        try (Statement statement = owner.createStatement()) {
            statement.execute("set local enable_indexscan = off");
            try (ResultSet rs = statement.executeQuery("explain (analyze, costs off) " + ownerSql(tenant))) {
                while (rs.next()) {
                    plan.append("\n    ").append(rs.getString(1));
                }
            }
        } finally {
            owner.commit();
            owner.setAutoCommit(true);
        }
        return plan.toString();
    }

    private static void requireTwo(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            requireTwo(rs);
        }
    }

    private static void requireTwo(ResultSet rs) throws SQLException {
        int rows = 0;
        while (rs.next()) {
            rows++;
        }
        if (rows != 2) {
            throw new IllegalStateException("The search answered " + rows + " rows, not 2");
        }
    }

    private static void bind(Connection connection, long tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('atrium.tenant_id', ?, true)")) {
            statement.setString(1, Long.toString(tenant));
            statement.execute();
        }
    }

    private String requireOk(URI uri, String token) throws Exception {
        HttpResponse<String> answer = http.send(request(uri, token), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private void get(URI uri, String token) throws Exception {
        HttpResponse<byte[]> answer = http.send(request(uri, token), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + answer.statusCode() + ": "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
    }

    private static HttpRequest request(URI uri, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    @FunctionalInterface
    private interface Load {
        void once() throws Exception;
    }

    private record Result(double rate, double p50, double p99, long errors, long requests, Cpu cpu) {

        Result costing(Cpu spent) {
            return new Result(rate, p50, p99, errors, requests, spent);
        }

        String format(String label) {
            return String.format(java.util.Locale.ROOT, "%-44s %10.0f %9.2f %9.2f %7d %10s %10s", label, rate, p50,
                    p99, errors, perRequest(cpu.app()), perRequest(cpu.database()));
        }

        private String perRequest(Duration spent) {
            return spent == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f ms",
                    spent.toNanos() / 1e6 / requests);
        }
    }

    /** CPU time spent over a measurement; null where this machine does not say (a database on another host). */
    private record Cpu(Duration app, Duration database) {
    }

    @FunctionalInterface
    private interface Measurement {
        Result run() throws Exception;
    }

    /**
     * The CPU time a measurement costs the app's process and this run's database server processes (its backends,
     * found in {@code pg_stat_activity}), so that a change's cost per request shows even on a machine whose load
     * moves the rates of the same run.
     */
    private static final class CpuMeter {

        private final Process app;
        private final Connection owner;

        CpuMeter(Process app, Connection owner) {
            this.app = app;
            this.owner = owner;
        }

        Result measure(Measurement measurement) throws Exception {
            Duration appBefore = cpuOf(app.toHandle());
            Map<Long, Duration> databaseBefore = databaseCpu();
            Result result = measurement.run();
            Duration appAfter = cpuOf(app.toHandle());
            Map<Long, Duration> databaseAfter = databaseCpu();
            Duration database = null;
            if (databaseAfter != null) {
                database = Duration.ZERO;
                for (Map.Entry<Long, Duration> backend : databaseAfter.entrySet()) {
                    database = database.plus(backend.getValue()
                            .minus(databaseBefore.getOrDefault(backend.getKey(), Duration.ZERO)));
                }
            }
            return result.costing(new Cpu(appBefore == null || appAfter == null ? null : appAfter.minus(appBefore),
                    database));
        }

        private static Duration cpuOf(ProcessHandle process) {
            return process.info().totalCpuDuration().orElse(null);
        }

        /** Each backend's CPU time so far, by process id; null when one cannot be read here. */
        private Map<Long, Duration> databaseCpu() throws SQLException {
            Map<Long, Duration> backends = new java.util.HashMap<>();
            try (Statement statement = owner.createStatement();
                    ResultSet rs = statement.executeQuery("select pid from pg_stat_activity "
                            + "where datname = current_database() and pid <> pg_backend_pid()")) {
                while (rs.next()) {
                    long pid = rs.getLong(1);
                    Duration spent = ProcessHandle.of(pid).map(CpuMeter::cpuOf).orElse(null);
                    if (spent == null) {
                        return null;
                    }
                    backends.put(pid, spent);
                }
            }
            return backends;
        }
    }

    /** {@value #CLIENTS} clients, each sending its next request when the last one is answered. */
    private static Result run(Load load, Duration length) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + length.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            futures.add(clients.submit(() -> {
                long[] latencies = new long[1 << 16];
                int count = 0;
                long errors = 0;
                while (System.nanoTime() < end) {
                    long started = System.nanoTime();
                    try {
                        load.once();
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = System.nanoTime() - started;
                    } catch (Exception e) {
                        errors++;
                    }
                }
                long[] result = Arrays.copyOf(latencies, count + 1);
                result[count] = errors;
                return result;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> future : futures) {
            long[] result = future.get();
            for (int i = 0; i < result.length - 1; i++) {
                all.add(result[i]);
            }
            errors += result[result.length - 1];
        }
        clients.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalStateException("Every request failed (" + errors + ")");
        }
        return new Result(sorted.length / (length.toNanos() / 1e9), sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, errors, sorted.length, new Cpu(null, null));
    }

    private static double p50(Load load) throws Exception {
        for (int i = 0; i < 10; i++) {
            load.once();
        }
        double[] samples = new double[SEARCH_SAMPLES];
        for (int i = 0; i < samples.length; i++) {
            long started = System.nanoTime();
            load.once();
            samples[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(samples);
        return samples[samples.length / 2];
    }

    private static String sha256(String secret) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
