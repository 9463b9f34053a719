package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dev.atrium.core.test.TestTenant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * A net under every API endpoint of the assembled application, core and
 * modules alike, including ones added after this test was written: strangers
 * get 401, and malformed ids and bodies get a 4xx problem, never a 5xx.
 */
class EveryApiEndpointTest extends AssembledApplicationTest {

    private static final Set<RequestMethod> WITH_BODY = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH);
    private static final List<String> BAD_BODIES = List.of("{", "[]", "\"text\"", "{\"name\": {\"nested\": 1}}",
            "{\"unexpected\": true}", "{\"name\": \"" + "x".repeat(20_000) + "\"}");
    private static final List<String> BAD_IDS = List.of("999999999999", "not-a-number", "-1");

    TestTenant tenant;

    @BeforeAll
    void createTenant() {
        tenant = tenants.create("Sweep");
    }

    @TestFactory
    Stream<DynamicTest> strangersAreAskedToAuthenticateOnEveryApiEndpoint() {
        return apiEndpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
            MockHttpServletResponse response = call(endpoint, withIds(endpoint, "1"), null, "{}");
            assertThat(response.getStatus()).as("%s without credentials", endpoint).isEqualTo(401);
            assertThat(response.getContentType()).as("%s answers problem+json", endpoint)
                    .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }));
    }

    @TestFactory
    Stream<DynamicTest> malformedIdsAndBodiesNeverCauseAServerError() {
        return apiEndpoints().stream().filter(endpoint -> !endpoint.pattern().startsWith("/admin/"))
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
                    List<String> paths = endpoint.pattern().contains("{")
                            ? BAD_IDS.stream().map(id -> withIds(endpoint, id)).toList()
                            : List.of(endpoint.pattern());
                    List<String> bodies = WITH_BODY.contains(endpoint.method()) ? BAD_BODIES : List.of("");
                    for (String path : paths) {
                        for (String body : bodies) {
                            MockHttpServletResponse response = call(endpoint, path, tenant.bearer(), body);
                            assertThat(response.getStatus())
                                    .as("%s %s with body %.40s", endpoint.method(), path, body)
                                    .isLessThan(500);
                            if (response.getStatus() >= 400) {
                                assertThat(response.getContentType())
                                        .as("%s %s answers problem+json", endpoint.method(), path)
                                        .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                            }
                        }
                    }
                }));
    }

    private MockHttpServletResponse call(Endpoint endpoint, String path, String authorization, String body)
            throws Exception {
        var builder = request(HttpMethod.valueOf(endpoint.method().name()), path)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return mvc.perform(builder).andReturn().getResponse();
    }

    private List<Endpoint> apiEndpoints() {
        return endpoints(pattern -> pattern.startsWith("/api/") || pattern.startsWith("/admin/api/"));
    }

    private static String withIds(Endpoint endpoint, String id) {
        return endpoint.pattern().replaceAll("\\{[^}]+}", id);
    }
}
