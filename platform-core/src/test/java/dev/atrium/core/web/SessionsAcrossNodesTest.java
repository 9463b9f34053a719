package dev.atrium.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.RawHttp;
import dev.atrium.core.test.TestNode;
import dev.atrium.core.test.TestRedis;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/** Two web nodes on one database and one Redis, with page sessions in Redis: no affinity needed. */
// Isolated: it starts a second node.
@Isolated
@PlatformTest
class SessionsAcrossNodesTest {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @Autowired
    TestTenants tenants;

    @BeforeAll
    static void startTwoNodes() {
        TestRedis.required();
        first = TestNode.start("atrium.sessions.redis=true");
        second = TestNode.start("atrium.sessions.redis=true");
    }

    @AfterAll
    static void stopThem() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aSessionSignedInOnOneNodeIsSignedInOnTheOtherUntilItSignsOutThere() {
        TestTenant acme = tenants.create("Acme");
        String home = "/t/" + acme.slug() + "/";
        String session = signIn(TestNode.port(first), acme);

        // The owner's first visit of home asks for the unconfirmed company settings; the next one is home.
        assertThat(RawHttp.get(TestNode.port(second), home, "Cookie: " + session).status())
                .as("the welcome on the other node").isEqualTo(302);
        RawHttp.Response onSecond = RawHttp.get(TestNode.port(second), home, "Cookie: " + session);
        assertThat(onSecond.status()).as("the home page on the other node").isEqualTo(200);
        assertThat(onSecond.body()).contains(acme.owner().displayName());

        RawHttp.Response signedOut = RawHttp.postForm(TestNode.port(second), "/t/" + acme.slug() + "/logout",
                onSecond.csrfParameter(), "Cookie: " + session);
        assertThat(signedOut.header("Location")).hasValue("/t/" + acme.slug() + "/login?logout");

        RawHttp.Response onFirst = RawHttp.get(TestNode.port(first), home, "Cookie: " + session);
        assertThat(onFirst.status()).as("the first node, after signing out on the second").isEqualTo(302);
        assertThat(onFirst.header("Location")).hasValue("/t/" + acme.slug() + "/login");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        TestTenant acme = tenants.create("Acme");
        RawHttp.Response page = RawHttp.get(TestNode.port(first), "/t/" + acme.slug() + "/login");

        assertThat(page.setCookies()).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax"));
    }

    /** Signs in through the form and returns the session cookie it ends with. */
    private static String signIn(int port, TestTenant tenant) {
        RawHttp.Response login = RawHttp.get(port, "/t/" + tenant.slug() + "/login");
        String session = login.cookie("SESSION").orElseThrow(() -> new AssertionError("no session cookie"));
        RawHttp.Response signedIn = RawHttp.postForm(port, "/t/" + tenant.slug() + "/login",
                "email=" + URLEncoder.encode(tenant.owner().email(), StandardCharsets.UTF_8) + "&password="
                        + TestTenant.PASSWORD + "&" + login.csrfParameter(), "Cookie: " + session);
        assertThat(signedIn.header("Location")).as("signed in").hasValue("/t/" + tenant.slug() + "/");
        // Signing in gives the session a new id, against session fixation.
        return signedIn.cookie("SESSION").orElse(session);
    }
}
