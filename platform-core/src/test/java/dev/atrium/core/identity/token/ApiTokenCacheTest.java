package dev.atrium.core.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The per-node copy of token lookups: what a change makes it forget, and when it keeps nothing at all. */
class ApiTokenCacheTest {

    private final ApiTokenCache cache = ApiTokenCache.localOnly();

    @Test
    void aStoredLookupIsFoundUntilItsTenantChanges() {
        cache.store("hash-a", 1, "owner a", cache.generation());
        cache.store("hash-b", 2, "owner b", cache.generation());
        assertThat(cache.<String>find("hash-a")).as("tenant 1's token").contains("owner a");

        cache.changed(1);

        assertThat(cache.<String>find("hash-a")).as("tenant 1's token after tenant 1 changed").isEmpty();
        assertThat(cache.<String>find("hash-b")).as("tenant 2's token after tenant 1 changed").contains("owner b");
    }

    @Test
    void aLookupBegunBeforeAChangeIsNotStored() {
        long begun = cache.generation();
        cache.changed(1);
        cache.store("hash-a", 1, "what was read before the change", begun);
        assertThat(cache.<String>find("hash-a")).as("an answer read before the change").isEmpty();
    }

    @Test
    void withRedisConfiguredButUnreachableNothingIsKept() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ApiTokenCache shared = ApiTokenCache.shared("redis://127.0.0.1:" + closedPort, "atrium:test")) {
            shared.store("hash-a", 1, "owner a", shared.generation());
            assertThat(shared.<String>find("hash-a"))
                    .as("a copy no announcement of another node's change could reach").isEmpty();
        }
    }
}
