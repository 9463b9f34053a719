package dev.atrium.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atrium.core.test.FreezableProxy;
import dev.atrium.core.test.TestDatabase;
import dev.atrium.core.test.TestNode;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node that reaches PostgreSQL through a proxy the test can freeze: the
 * database stops answering without failing. Readiness must say so within
 * seconds and requests must fail fast, then both recover on their own.
 */
// Isolated: it freezes the database every other test uses.
@Isolated
class DatabaseFreezeTest {

    /** Far above every bound the node is given: a request that waits this long hangs. */
    private static final Duration HANGING = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static FreezableProxy proxy;
    private static ConfigurableApplicationContext node;
    private static TestTenant acme;

    @BeforeAll
    static void startANodeBehindTheProxy() {
        TestDatabase database = TestDatabase.get();
        Matcher server = Pattern.compile("//([^/:]+)(?::(\\d+))?/").matcher(database.jdbcUrl());
        assertThat(server.find()).as("host and port in " + database.jdbcUrl()).isTrue();
        proxy = FreezableProxy.to(server.group(1), server.group(2) == null ? 5432 : Integer.parseInt(server.group(2)));
        node = TestNode.start("atrium.test.own-database=true",
                "atrium.db.url=" + server.replaceFirst("//127.0.0.1:" + proxy.port() + "/"),
                "atrium.db.owner-user=" + database.user(), "atrium.db.owner-password=" + database.password(),
                "atrium.db.timeouts.connection=1s", "atrium.db.timeouts.connect=2s",
                "atrium.db.timeouts.socket=3s", "atrium.db.timeouts.statement=2s", "atrium.db.timeouts.health=1s");
        acme = node.getBean(TestTenants.class).create("Acme");
    }

    @AfterEach
    void thaw() {
        proxy.thaw();
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void readinessSaysDownWithinSecondsOfTheDatabaseFreezingAndUpAgainAfterwards() {
        assertThat(get("/actuator/health/readiness", "").statusCode()).isEqualTo(200);

        proxy.freeze();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/actuator/health/readiness", "").statusCode() == 503);
        HttpResponse<String> down = get("/actuator/health/readiness", "");
        assertThat(down.body()).contains("\"db\":{\"status\":\"DOWN\"}");

        proxy.thaw();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/actuator/health/readiness", "").statusCode() == 200);
    }

    @Test
    void anApiCallFailsFastWithADatabaseUnavailableProblemAndSucceedsAgainAfterwards() {
        String path = "/api/v1/third-parties";
        assertThat(get(path, acme.bearer()).statusCode()).isEqualTo(200);

        proxy.freeze();
        HttpResponse<String> frozen = get(path, acme.bearer());
        assertThat(frozen.statusCode()).isEqualTo(503);
        assertThat(frozen.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(frozen.body()).contains("\"type\":\"https://atrium.dev/problems/database-unavailable\"");

        proxy.thaw();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(path, acme.bearer()).statusCode() == 200);
    }

    @Test
    void aPageFailsFastWithTheFriendlyErrorPage() {
        String path = "/t/" + acme.slug() + "/login";
        assertThat(get(path, "").statusCode()).isEqualTo(200);

        proxy.freeze();
        HttpResponse<String> frozen = get(path, "");
        assertThat(frozen.statusCode()).isEqualTo(503);
        assertThat(frozen.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(frozen.body()).contains("Back in a moment").doesNotContain("Exception");

        proxy.thaw();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(path, "").statusCode() == 200);
    }

    /** Fails with a timeout when the node hangs instead of answering. */
    private static HttpResponse<String> get(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + TestNode.port(node)
                + path)).timeout(HANGING);
        if (!bearer.isEmpty()) {
            request.header("Authorization", bearer);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("No answer from the node within " + HANGING + " for " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
