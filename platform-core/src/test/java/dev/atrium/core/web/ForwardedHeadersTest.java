package dev.atrium.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.RawHttp;
import dev.atrium.core.test.TestNode;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Behind the ingress: the shared test application trusts loopback, as the
 * embedded default does, so the tests' requests come from a trusted proxy; a
 * second node trusts only a documentation range, so the same requests come
 * from a stranger there.
 */
// Isolated: it starts a node of its own.
@Isolated
@PlatformTest
class ForwardedHeadersTest {

    private static final String[] FROM_HTTPS_INGRESS = {"X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.7"};

    private static ConfigurableApplicationContext untrusting;

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @BeforeAll
    static void startANodeThatTrustsNoLocalProxy() {
        untrusting = TestNode.start("atrium.web.trusted-proxies=192.0.2.0/24");
    }

    @AfterAll
    static void stopIt() {
        if (untrusting != null) {
            untrusting.close();
        }
    }

    @Test
    void behindATrustedProxySayingHttpsTheSessionCookieIsSecureAndHstsIsSent() {
        TestTenant acme = tenants.create("Acme");
        RawHttp.Response page = RawHttp.get(port, "/t/" + acme.slug() + "/login", FROM_HTTPS_INGRESS);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.setCookies()).as("the session cookie of a page served over HTTPS")
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("; Secure").contains("HttpOnly"));
        assertThat(page.header("Strict-Transport-Security")).as("HSTS over HTTPS")
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void aStrangerSayingHttpsIsNotBelieved() {
        TestTenant acme = tenants.create("Acme");
        RawHttp.Response page = RawHttp.get(TestNode.port(untrusting), "/t/" + acme.slug() + "/login",
                FROM_HTTPS_INGRESS);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.setCookies()).as("a session cookie over what is really plain HTTP")
                .singleElement().satisfies(cookie -> assertThat(cookie).doesNotContain("Secure"));
        assertThat(page.header("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
    }

    @Test
    void behindATrustedProxyARedirectIsAPathSoTheBrowserStaysOnHttps() {
        TestTenant acme = tenants.create("Acme");
        RawHttp.Response home = RawHttp.get(port, "/t/" + acme.slug() + "/", FROM_HTTPS_INGRESS);

        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("Location")).hasValue("/t/" + acme.slug() + "/login");
    }

    @Test
    void noRedirectRepeatsTheHostHeader() {
        TestTenant acme = tenants.create("Acme");
        String tenantPage = "/t/" + acme.slug() + "/third-parties";

        assertThat(RawHttp.get(port, "/", "Host: evil.test").header("Location")).hasValue("/login");
        assertThat(RawHttp.get(port, tenantPage, "Host: evil.test").header("Location"))
                .hasValue("/t/" + acme.slug() + "/login");
    }

    @Test
    void signingInReturnsToTheSavedPageByItsPathNotTheHostItWasAskedFor() {
        TestTenant acme = tenants.create("Acme");
        String tenantPage = "/t/" + acme.slug() + "/third-parties";
        RawHttp.Response saved = RawHttp.get(port, tenantPage, "Host: evil.test");
        String session = saved.cookie("JSESSIONID").orElseThrow();
        RawHttp.Response login = RawHttp.get(port, "/t/" + acme.slug() + "/login", "Host: evil.test",
                "Cookie: " + session);

        RawHttp.Response signedIn = RawHttp.postForm(port, "/t/" + acme.slug() + "/login",
                "email=" + URLEncoder.encode(acme.owner().email(), StandardCharsets.UTF_8) + "&password="
                        + TestTenant.PASSWORD + "&" + login.csrfParameter(),
                "Host: evil.test", "Cookie: " + session);

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).as("back to the page asked for, by its path")
                .hasValue(tenantPage + "?continue");
    }
}
