package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application as the chart runs it: health and metrics on a management port of their own
 * ({@code MANAGEMENT_SERVER_PORT}), which the ingress never routes, and nothing of the actuator on
 * the application port. Through real servers: MockMvc would not tell the two ports apart.
 */
@SpringBootTest(classes = AtriumApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.server.port=0")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementPortTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int applicationPort;

    @LocalManagementPort
    int managementPort;

    @AfterAll
    void closeClient() {
        client.close();
    }

    @Test
    void prometheusAnswersOnTheManagementPortAndNotOnTheApplicationPort() throws Exception {
        get(applicationPort, "/t/no-such-tenant/login");

        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).as("/actuator/prometheus on the management port").isEqualTo(200);
        assertThat(scrape.body()).as("metrics of the application port's requests")
                .contains("http_server_requests_seconds");

        assertThat(get(applicationPort, "/actuator/prometheus").statusCode())
                .as("/actuator/prometheus on the application port").isEqualTo(404);
    }

    @Test
    void healthProbesAnswerOnTheManagementPort() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = get(managementPort, probe);
            assertThat(health.statusCode()).as(probe + " on the management port").isEqualTo(200);
            assertThat(health.body()).as(probe + " on the management port").contains("\"UP\"");
        }
    }

    @Test
    void everyActuatorPathIsNotFoundOnTheApplicationPort() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/health/readiness",
                "/actuator/info", "/actuator/env", "/actuator/no-such-endpoint"}) {
            assertThat(get(applicationPort, path).statusCode())
                    .as(path + " on the application port, signed out (not a sign-in redirect)").isEqualTo(404);
        }
    }

    @Test
    void theApplicationPortStillServesTheTenantPages() throws Exception {
        assertThat(get(applicationPort, "/login").statusCode()).as("/login on the application port").isEqualTo(200);
        assertThat(get(managementPort, "/login").statusCode()).as("/login on the management port").isEqualTo(404);
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
