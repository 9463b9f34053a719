package dev.atrium.app.module;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.TestRedis;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one database and one Redis, with tight sign-in limits: failures counted on one node lock the
 * account or address on the other, as behind a load balancer that spreads a guesser's attempts.
 */
// Isolated: it starts nodes of its own. A starting application may silence and reset the JVM's logging, so no two
// may start at once, and only the contexts the test framework starts wait for each other.
@Isolated
class ThrottleAcrossNodesTest {

    private static final String[] TIGHT_LIMITS = {
        "atrium.sign-in.throttle.account-failures=3", "atrium.sign-in.throttle.account-window=15m",
        "atrium.sign-in.throttle.address-failures=4", "atrium.sign-in.throttle.address-window=15m"};
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() {
        TestRedis.required();
        first = Nodes.start(TIGHT_LIMITS);
        second = Nodes.start(TIGHT_LIMITS);
    }

    @AfterAll
    static void stopNodes() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void wrongPasswordsOnOneNodeLockTheAccountOnTheOther() {
        TestTenant acme = first.getBean(TestTenants.class).create("Acme");
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(Nodes.port(first), acme, "wrong-password"))
                    .as("wrong password %d on the first node", i + 1).endsWith("/login?error");
        }
        assertThat(signIn(Nodes.port(second), acme, TestTenant.PASSWORD))
                .as("the right password on the second node, after three failures on the first")
                .endsWith("/t/" + acme.slug() + "/login?locked=15");
    }

    @Test
    void wrongApiTokensOnOneNodeLockTheAddressOnTheOther() {
        TestTenant acme = first.getBean(TestTenants.class).create("Acme");
        for (int i = 0; i < 4; i++) {
            assertThat(Nodes.status(Nodes.port(first), "GET", "/api/v1/me/tokens", "Bearer atr_wrong-" + i))
                    .as("wrong token %d on the first node", i + 1).isEqualTo(401);
        }
        HttpResponse<String> refused = Nodes.call(Nodes.port(second), "GET", "/api/v1/me/tokens", acme.bearer());
        assertThat(refused.statusCode()).as("a good token on the second node from the locked address")
                .isEqualTo(429);
        assertThat(refused.body()).contains("https://atrium.dev/problems/too-many-attempts");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("900");
    }

    /** Signs in through the real page, CSRF token and session cookie included; answers where it redirects. */
    private static String signIn(int port, TestTenant tenant, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = "http://127.0.0.1:" + port + "/t/" + tenant.slug() + "/login";
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(login)).GET().build());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("a CSRF token on the sign-in page").isTrue();
        String form = "email=" + URLEncoder.encode(tenant.owner().email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(browser, HttpRequest.newBuilder(URI.create(login))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(answer.statusCode()).as("the sign-in form's answer").isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
