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
        theContractsModulesOperationsAreMarkedIn(document());
        theContractsModulesOperationsAreMarkedIn(mvc.perform(get("/v3/api-docs/tenant")).andReturn().getResponse()
                .getContentAsString());
    }

    private static void theContractsModulesOperationsAreMarkedIn(String document) {
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

    @Test
    void aListsFiltersAreSeparateQueryParametersSoTryItOutWorksWithItsDefaults() throws Exception {
        String document = document();
        for (String path : List.of("/api/v1/third-parties", "/api/v1/third-parties/export.csv",
                "/api/v1/third-parties/export.xlsx")) {
            List<Map<String, Object>> parameters = JsonPath.read(document, "$.paths['" + path + "'].get.parameters");
            List<String> expected = new java.util.ArrayList<>(List.of("q", "relation", "status", "archived", "country",
                    "tag", "sort", "after", "before", "size", "ids"));
            if (path.contains("export")) {
                expected.add("fields");
            }
            assertThat(parameters).as("%s's parameters", path).extracting(p -> p.get("name"))
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(parameters).as("%s's parameters are in the query", path).extracting(p -> p.get("in"))
                    .containsOnly("query");
            assertThat(parameters).as("%s: none is required", path).noneMatch(p -> Boolean.TRUE.equals(p.get("required")));
        }
    }

    @Test
    void theContractsListsFiltersAreSeparateDescribedQueryParameters() throws Exception {
        List<Map<String, Object>> parameters = JsonPath.read(document(), "$.paths['/api/v1/contracts'].get.parameters");
        assertThat(parameters).as("GET /api/v1/contracts's parameters").extracting(p -> p.get("name"))
                .containsExactlyInAnyOrder("q", "tag", "sort", "after", "before", "size");
        assertThat(parameters).as("they are in the query").extracting(p -> p.get("in")).containsOnly("query");
        assertThat(parameters).as("none is required").noneMatch(p -> Boolean.TRUE.equals(p.get("required")));
        assertThat(parameters).as("each says what it does")
                .allMatch(p -> p.get("description") instanceof String description && !description.isBlank());
    }

    @Test
    void everyOperationHasASummary() throws Exception {
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(document(), "$.paths");
        List<String> withoutSummary = new java.util.ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation.get("summary") instanceof String summary) || summary.isBlank()) {
                withoutSummary.add(method.toUpperCase(Locale.ROOT) + " " + path);
            }
        }));
        assertThat(withoutSummary).as("operations without a summary").isEmpty();
    }

    private String document() throws Exception {
        return mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
    }
}
