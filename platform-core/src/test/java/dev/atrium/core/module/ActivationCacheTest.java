package dev.atrium.core.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atrium.core.test.TestRedis;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The activation cache on its own: a map stands for the database, which stays
 * the source of truth; Redis is the machine's ({@code ATRIUM_TEST_REDIS_URL}).
 */
class ActivationCacheTest {

    /**
     * Generous on a loaded machine, yet below the 60 s after which a node's copy expires by itself: only the
     * announcement through Redis can make it in time. The one-second target is measured by ModuleGuardBenchmark.
     */
    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    private final Map<Long, Set<String>> database = new ConcurrentHashMap<>();
    private final AtomicInteger databaseReads = new AtomicInteger();
    private final String namespace = "test-" + UUID.randomUUID();

    @BeforeEach
    void tenantOneHasContracts() {
        database.put(1L, Set.of("contracts"));
    }

    @Test
    void withoutRedisANodeReadsTheDatabaseOnceAndAgainOnlyAfterAChange() {
        try (ActivationCache cache = new ActivationCache(Optional.empty(), this::read)) {
            assertThat(cache.activeModules(1L)).containsExactly("contracts");
            assertThat(cache.activeModules(1L)).containsExactly("contracts");
            assertThat(databaseReads).hasValue(1);

            database.put(1L, Set.of("contracts", "amc"));
            cache.changed(1L);
            assertThat(cache.activeModules(1L)).containsExactlyInAnyOrder("contracts", "amc");
            assertThat(cache.mode()).isEqualTo("local");
        }
    }

    @Test
    void aChangeOnOneNodeReachesTheOtherThroughRedisBeforeItsCopyExpires() {
        try (ActivationCache first = new ActivationCache(Optional.of(redis()), this::read);
                ActivationCache second = new ActivationCache(Optional.of(redis()), this::read)) {
            assertThat(second.activeModules(1L)).containsExactly("contracts");

            database.put(1L, Set.of());
            first.changed(1L);

            await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(5))
                    .until(() -> second.activeModules(1L).isEmpty());
            assertThat(second.mode()).isEqualTo("redis");
        }
    }

    @Test
    void aNodeReadsWhatAnotherSharedInRedisWithoutAskingTheDatabase() {
        try (ActivationCache first = new ActivationCache(Optional.of(redis()), this::read);
                ActivationCache second = new ActivationCache(Optional.of(redis()), this::read)) {
            first.activeModules(1L);
            second.activeModules(1L);
            assertThat(databaseReads).as("the second node found the first one's copy in Redis").hasValue(1);
        }
    }

    @Test
    void tenantsDoNotShareCopies() {
        database.put(2L, Set.of("stock"));
        try (ActivationCache cache = new ActivationCache(Optional.of(redis()), this::read)) {
            assertThat(cache.activeModules(1L)).containsExactly("contracts");
            assertThat(cache.activeModules(2L)).containsExactly("stock");
            database.put(2L, Set.of());
            cache.changed(2L);
            assertThat(cache.activeModules(1L)).containsExactly("contracts");
            assertThat(cache.activeModules(2L)).isEmpty();
        }
    }

    @Test
    void withRedisUnreachableEveryReadGoesToTheDatabaseAndTheCacheSaysItIsDegraded() throws IOException {
        try (ActivationCache cache = new ActivationCache(
                Optional.of(new RedisActivations("redis://127.0.0.1:" + closedPort(), namespace)), this::read)) {
            assertThat(cache.activeModules(1L)).containsExactly("contracts");
            database.put(1L, Set.of());
            assertThat(cache.activeModules(1L)).as("no copy is trusted while changes cannot be heard").isEmpty();
            assertThat(cache.degraded()).isTrue();
            assertThat(cache.mode()).contains("Redis unreachable");
        }
    }

    private RedisActivations redis() {
        return new RedisActivations(TestRedis.required(), namespace);
    }

    private Set<String> read(long tenantId) {
        databaseReads.incrementAndGet();
        return database.getOrDefault(tenantId, Set.of());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
