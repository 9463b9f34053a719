package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The whole application as it ships, core, operator console and modules, with
 * one shared context for every sweep over its endpoints and pages.
 */
@SpringBootTest(classes = AtriumApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AssembledApplicationTest {

    /** One mapped endpoint: a method and a path pattern. */
    record Endpoint(RequestMethod method, String pattern) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Every endpoint whose path pattern passes {@code paths}; a mapping without methods counts as GET. */
    List<Endpoint> endpoints(Predicate<String> paths) {
        List<Endpoint> endpoints = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getPathPatternsCondition() != null)
                .flatMap(info -> info.getPathPatternsCondition().getPatternValues().stream()
                        .filter(paths)
                        .flatMap(pattern -> (info.getMethodsCondition().getMethods().isEmpty()
                                ? List.of(RequestMethod.GET)
                                : List.copyOf(info.getMethodsCondition().getMethods())).stream()
                                .map(method -> new Endpoint(method, pattern))))
                .distinct()
                .sorted(java.util.Comparator.comparing(Endpoint::toString))
                .toList();
        assertThat(endpoints).as("endpoints found").isNotEmpty();
        return endpoints;
    }

    MockHttpSession signIn(TestTenant tenant) throws Exception {
        return (MockHttpSession) mvc.perform(post("/t/" + tenant.slug() + "/login").with(csrf())
                        .param("email", tenant.owner().email()).param("password", TestTenant.PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
