package dev.atrium.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.LogContextProbe;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class OperationsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    LogContextProbe probe;

    @LocalServerPort
    int port;

    @Test
    void livenessAndReadinessAreUpAndReadinessChecksTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    /** Scraped on the management port (the app's ManagementPortTest); on a shared port metrics stay private. */
    @Test
    void prometheusIsNotPublicWhenTheActuatorSharesTheApplicationPort() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/login")));
    }

    @Test
    void everyLogLineOfARequestCarriesItsTenantAndRequestId() throws Exception {
        TestTenant acme = tenants.create("Acme");
        mvc.perform(get(LogContextProbe.PATH).header("Authorization", acme.bearer())
                        .header("X-Request-Id", "trace-12345678"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Request-Id", "trace-12345678"));
        assertThat(probe.lastContext())
                .as("the logging context while the request is handled")
                .containsEntry("tenant", acme.slug())
                .containsEntry("requestId", "trace-12345678");
    }

    @Test
    void theApiIsDescribedByOpenApiWithABrowsableUi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(Matchers.startsWith("3.")))
                .andExpect(jsonPath("$.paths['/api/v1/me/tokens']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].token").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    /** Through a real server: only the servlet container forwards unhandled errors to the error controller. */
    @Test
    void anUnknownApiPathOrMethodIsAProblemNotAnHtmlPage() throws Exception {
        TestTenant acme = tenants.create("Acme");
        HttpResponse<String> unknownPath = http(HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
                .header("Authorization", acme.bearer()).header("Accept", "text/html").GET());
        assertThat(unknownPath.statusCode()).as("unknown API path").isEqualTo(404);
        assertThat(unknownPath.headers().firstValue("Content-Type")).as("unknown API path content type")
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(unknownPath.body()).contains("https://atrium.dev/problems/not-found");

        HttpResponse<String> wrongMethod = http(HttpRequest.newBuilder(uri("/api/v1/me/tokens"))
                .header("Authorization", acme.bearer()).method("PATCH", HttpRequest.BodyPublishers.noBody()));
        assertThat(wrongMethod.statusCode()).as("wrong method").isEqualTo(405);
        assertThat(wrongMethod.body()).contains("https://atrium.dev/problems/method-not-allowed");
    }

    @Test
    void anUnknownPageIsTheFriendlyErrorPage() throws Exception {
        HttpResponse<String> page = http(HttpRequest.newBuilder(uri("/css/no-such-file.css"))
                .header("Accept", "text/html").GET());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).as("error page for people").contains("Not found").contains("Back to the start");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void aRequestWithoutIdGetsOneInTheResponse() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(header().string("X-Request-Id", Matchers.matchesPattern("[0-9a-f-]{36}")));
    }
}
