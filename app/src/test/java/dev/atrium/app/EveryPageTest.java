package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.atrium.core.test.TestTenant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Every tenant page of the assembled application, core and modules: another
 * tenant's user is refused without a byte of the page, and odd ids never
 * break a page.
 */
class EveryPageTest extends AssembledApplicationTest {

    TestTenant acme;
    TestTenant globex;
    MockHttpSession acmeSession;
    MockHttpSession globexSession;

    @BeforeAll
    void signInBothTenants() throws Exception {
        acme = tenants.create("Acme");
        globex = tenants.create("Globex");
        acmeSession = signIn(acme);
        globexSession = signIn(globex);
    }

    @TestFactory
    Stream<DynamicTest> anotherTenantsUserIsRefusedOnEveryPage() {
        return pages().map(pattern -> DynamicTest.dynamicTest(pattern, () -> {
            String path = pattern.replace("{slug}", acme.slug()).replaceAll("\\{[^}]+}", "1");
            MockHttpServletResponse response = mvc.perform(get(path).session(globexSession)).andReturn().getResponse();
            assertThat(response.getStatus()).as("%s opened by another tenant's user", path).isIn(403, 404);
            assertThat(response.getContentAsString()).as("%s shown to another tenant", path)
                    .doesNotContain(acme.slug()).doesNotContain(acme.owner().email());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPageOpensOrRefusesCleanlyForItsOwnTenant() {
        return pages().map(pattern -> DynamicTest.dynamicTest(pattern, () -> {
            for (String id : List.of("999999999999", "not-a-number")) {
                String path = pattern.replace("{slug}", acme.slug()).replaceAll("\\{[^}]+}", id);
                int status = mvc.perform(get(path).session(acmeSession)).andReturn().getResponse().getStatus();
                assertThat(status).as("%s for its own tenant", path).isLessThan(500);
            }
        }));
    }

    /**
     * The pages past a company's slug that need its session: not those anyone opens before signing in (sign-in,
     * "Forgot password?", a password link's page), which name the company of their path to whoever asks, like
     * its sign-in page. A password link of another company finds nothing: {@code AnotherTenantsIdsTest}.
     */
    private Stream<String> pages() {
        return endpoints(pattern -> pattern.startsWith("/t/{slug}") && !pattern.endsWith("/login")
                && !pattern.startsWith("/t/{slug}/password/")).stream()
                .filter(endpoint -> endpoint.method() == RequestMethod.GET)
                .map(Endpoint::pattern)
                .distinct();
    }
}
