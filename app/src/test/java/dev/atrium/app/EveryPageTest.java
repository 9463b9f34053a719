package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every tenant page of the assembled application, core and modules: another
 * tenant's user is refused without a byte of the page, and odd ids never
 * break a page.
 */
@SpringBootTest(classes = AtriumApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    TestTenant acme;
    TestTenant globex;
    MockHttpSession acmeSession;
    MockHttpSession globexSession;

    @BeforeAll
    void signIn() throws Exception {
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

    private Stream<String> pages() {
        List<String> patterns = mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getKey().getPathPatternsCondition() != null)
                .filter(entry -> entry.getKey().getMethodsCondition().getMethods().isEmpty()
                        || entry.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(entry -> entry.getKey().getPathPatternsCondition().getPatternValues().stream())
                .filter(pattern -> pattern.startsWith("/t/{slug}") && !pattern.endsWith("/login"))
                .distinct().sorted().toList();
        assertThat(patterns).as("tenant pages found").isNotEmpty();
        return patterns.stream();
    }

    private MockHttpSession signIn(TestTenant tenant) throws Exception {
        return (MockHttpSession) mvc.perform(post("/t/" + tenant.slug() + "/login").with(csrf())
                        .param("email", tenant.owner().email()).param("password", TestTenant.PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
