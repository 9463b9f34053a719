package dev.atrium.admin.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.admin.test.AdminTest;
import dev.atrium.admin.test.TestOperator;
import dev.atrium.core.test.RawHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's redirects are paths: none repeats a Host header the client chose. */
@AdminTest
class OperatorRedirectsTest {

    @LocalServerPort
    int port;

    @Test
    void aStrangerIsSentToTheSignInPageByItsPath() {
        RawHttp.Response tenants = RawHttp.get(port, "/admin/tenants", "Host: evil.test");

        assertThat(tenants.status()).isEqualTo(302);
        assertThat(tenants.header("Location")).hasValue("/admin/login");
    }

    @Test
    void signingInAndOutRedirectByPath() {
        RawHttp.Response login = RawHttp.get(port, "/admin/login", "Host: evil.test");
        String session = login.cookie("JSESSIONID").orElseThrow();

        RawHttp.Response signedIn = RawHttp.postForm(port, "/admin/login", "email="
                + URLEncoder.encode(TestOperator.EMAIL, StandardCharsets.UTF_8) + "&password=" + TestOperator.PASSWORD
                + "&" + login.csrfParameter(), "Host: evil.test", "Cookie: " + session);
        assertThat(signedIn.header("Location")).hasValue("/admin/tenants");
        String signedInSession = signedIn.cookie("JSESSIONID").orElse(session);

        RawHttp.Response console = RawHttp.get(port, "/admin/tenants", "Host: evil.test", "Cookie: " + signedInSession);
        RawHttp.Response signedOut = RawHttp.postForm(port, "/admin/logout", console.csrfParameter(),
                "Host: evil.test", "Cookie: " + signedInSession);
        assertThat(signedOut.header("Location")).hasValue("/admin/login?logout");
    }
}
