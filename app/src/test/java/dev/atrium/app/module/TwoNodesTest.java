package dev.atrium.app.module;

import static dev.atrium.app.module.Nodes.call;
import static dev.atrium.app.module.Nodes.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.identity.token.IssuedToken;
import dev.atrium.core.identity.token.ApiTokenService;
import dev.atrium.core.module.InstalledModule;
import dev.atrium.core.module.InstalledModules;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestRedis;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Three nodes on one database: the shared test application, a second node on
 * the same Redis, and a third whose Redis is a closed port and whose plugins
 * directory holds a broken archive.
 */
// Isolated: it starts nodes of its own. A starting application may silence and reset the JVM's logging, so no two
// may start at once, and only the contexts the test framework starts wait for each other.
@Isolated
@PlatformTest
class TwoNodesTest {

    /**
     * Generous on a loaded machine, yet below the 60 s after which a node's copy expires by itself: only the
     * announcement through Redis can make it in time. The one-second target is measured by ModuleGuardBenchmark.
     */
    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    private static ConfigurableApplicationContext second;
    private static ConfigurableApplicationContext degraded;

    @LocalServerPort
    int firstPort;

    @Autowired
    TestTenants tenants;

    @Autowired
    ApiTokenService tokens;

    @BeforeAll
    static void startOtherNodes() throws IOException {
        TestRedis.required();
        second = Nodes.start();
        Path plugins = PluginArchives.copyOfInstalled(Files.createTempDirectory("plugins"));
        PluginArchives.throwingOnStart(plugins);
        degraded = Nodes.start("atrium.redis.url=redis://127.0.0.1:" + closedPort(),
                "atrium.plugins.dir=" + plugins);
    }

    @AfterAll
    static void stopOtherNodes() {
        if (degraded != null) {
            degraded.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void anActivationOnOneNodeIsEnforcedOnTheOtherBeforeItsCopyExpires() {
        TestTenant acme = tenants.create("Acme");
        int secondPort = Nodes.port(second);
        assertThat(status(secondPort, "GET", "/api/v1/contracts", acme.bearer())).isEqualTo(404);

        assertThat(status(firstPort, "PUT", "/api/v1/modules/contracts/activation", acme.bearer())).isEqualTo(200);
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(10))
                .until(() -> status(secondPort, "GET", "/api/v1/contracts", acme.bearer()) == 200);

        assertThat(status(firstPort, "DELETE", "/api/v1/modules/contracts/activation", acme.bearer())).isEqualTo(200);
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(10))
                .until(() -> status(secondPort, "GET", "/api/v1/contracts", acme.bearer()) == 404);
    }

    @Test
    void aTokenRevokedOnOneNodeIsRefusedOnTheOtherBeforeItsCopyExpires() {
        TestTenant acme = tenants.create("Acme");
        IssuedToken token = tokens.issue(acme.owner(), "two nodes");
        String bearer = "Bearer " + token.secret();
        int secondPort = Nodes.port(second);
        assertThat(status(secondPort, "GET", "/api/v1/me/tokens", bearer))
                .as("the new token on the second node, which keeps its lookup").isEqualTo(200);
        assertThat(status(secondPort, "GET", "/api/v1/me/tokens", bearer)).isEqualTo(200);

        tokens.revoke(acme.owner(), token.id());
        assertThat(status(firstPort, "GET", "/api/v1/me/tokens", bearer))
                .as("the revoked token on the node that revoked it").isEqualTo(401);
        // Below the 30 s a node keeps a lookup: only the announcement through Redis can make it in time.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10))
                .until(() -> status(secondPort, "GET", "/api/v1/me/tokens", bearer) == 401);
        assertThat(status(secondPort, "GET", "/api/v1/me/tokens", acme.bearer()))
                .as("the tenant's other token still works there").isEqualTo(200);
    }

    @Test
    void aRightTakenFromARoleOnOneNodeIsRefusedOnTheOtherBeforeItsCopyExpires() throws Exception {
        TestTenant acme = tenants.create("Acme");
        int secondPort = Nodes.port(second);
        String parties = "/api/v1/third-parties";
        assertThat(status(secondPort, "GET", parties, acme.memberBearer()))
                .as("a member's list on the second node, which keeps the token's lookup").isEqualTo(200);
        assertThat(status(secondPort, "GET", parties, acme.memberBearer())).isEqualTo(200);

        String member = call(firstPort, "GET", "/api/v1/roles/MEMBER", acme.bearer()).body();
        List<String> rights = new ArrayList<>(JsonPath.read(member, "$.rights"));
        rights.remove("thirdparty:read");
        String change = "{\"name\": \"" + JsonPath.read(member, "$.name") + "\", \"rights\": ["
                + String.join(", ", rights.stream().map(right -> "\"" + right + "\"").toList()) + "]}";
        HttpResponse<String> changed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + firstPort + "/api/v1/roles/MEMBER"))
                .header("Authorization", acme.bearer()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(change)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).as("the member role without thirdparty:read: " + changed.body())
                .isEqualTo(200);
        assertThat(status(firstPort, "GET", parties, acme.memberBearer()))
                .as("the member's list on the node that changed the role").isEqualTo(403);
        // Below the 30 s a node keeps a lookup: only the announcement through Redis can make it in time.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10))
                .until(() -> status(secondPort, "GET", parties, acme.memberBearer()) == 403);
    }

    @Test
    void anotherTenantsActivationChangesNothingOnTheOtherNode() {
        TestTenant acme = tenants.create("Acme");
        TestTenant globex = tenants.create("Globex");
        int secondPort = Nodes.port(second);
        assertThat(status(firstPort, "PUT", "/api/v1/modules/contracts/activation", acme.bearer())).isEqualTo(200);
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(10))
                .until(() -> status(secondPort, "GET", "/api/v1/contracts", acme.bearer()) == 200);
        assertThat(status(secondPort, "GET", "/api/v1/contracts", globex.bearer())).isEqualTo(404);
    }

    @Test
    void withRedisUnreachableRequestsStillSucceedFromTheDatabase() {
        TestTenant acme = tenants.create("Acme");
        int port = Nodes.port(degraded);
        assertThat(status(port, "GET", "/api/v1/contracts", acme.bearer())).isEqualTo(404);
        assertThat(status(port, "PUT", "/api/v1/modules/contracts/activation", acme.bearer())).isEqualTo(200);
        assertThat(status(port, "GET", "/api/v1/contracts", acme.bearer())).isEqualTo(200);
        assertThat(status(firstPort, "GET", "/api/v1/contracts", acme.bearer()))
                .as("a node with Redis reads what the degraded node wrote to the database").isEqualTo(200);
    }

    @Test
    void healthReportsRedisUnreachableAsDegradedWhileTheNodeStaysReady() {
        var health = call(Nodes.port(degraded), "GET", "/actuator/health", "");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"moduleActivationCache\":{\"description\":\"Redis unreachable: "
                + "activations read from the database\",\"status\":\"DEGRADED\"}");
        assertThat(call(Nodes.port(degraded), "GET", "/actuator/health/readiness", "").body())
                .contains("\"status\":\"UP\"");
        assertThat(call(firstPort, "GET", "/actuator/health", "").body())
                .contains("\"moduleActivationCache\":{\"status\":\"UP\"}");
    }

    @Test
    void aNodeWithABrokenPluginStartsWithTheOtherModules() {
        InstalledModules modules = degraded.getBean(InstalledModules.class);
        assertThat(modules.all()).extracting(InstalledModule::key)
                .containsExactly("amc", "contracts", "projects", "stock");
        assertThat(modules.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.pluginId()).isEqualTo("broken");
            assertThat(skipped.reason()).contains("failed to start");
        });
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
