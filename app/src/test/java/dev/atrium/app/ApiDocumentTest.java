package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /v3/api-docs} describes the whole API as it ships, modules' operations too, each saying its module. */
class ApiDocumentTest extends AssembledApplicationTest {

    @Test
    void theContractsModulesOperationsAreDescribedAndMarkedAsItsOwn() throws Exception {
        String document = document();
        for (String method : List.of("get", "post")) {
            String operation = "$.paths['/api/v1/contracts']." + method;
            assertThat(JsonPath.<Map<String, Object>>read(document, operation)).as(method + " /api/v1/contracts")
                    .isNotNull();
            assertThat(JsonPath.<List<String>>read(document, operation + ".tags")).as("its tags")
                    .contains("Module: Contracts");
            assertThat(JsonPath.<String>read(document, operation + "['x-atrium-module']")).as("its module")
                    .isEqualTo("contracts");
        }
    }

    @Test
    void everyApiEndpointIsInTheDocumentAndOnlyModulesOnesCarryAModule() throws Exception {
        String document = document();
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(document, "$.paths");
        for (Endpoint endpoint : endpoints(pattern -> pattern.startsWith("/api/"))) {
            Map<String, Map<String, Object>> path = paths.get(endpoint.pattern());
            assertThat(path).as("%s in the document", endpoint).isNotNull();
            assertThat(path).as("%s in the document", endpoint)
                    .containsKey(endpoint.method().name().toLowerCase(Locale.ROOT));
        }
        assertThat(paths.get("/api/v1/third-parties").get("get")).as("a core operation")
                .doesNotContainKey("x-atrium-module");
    }

    private String document() throws Exception {
        return mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
    }
}
