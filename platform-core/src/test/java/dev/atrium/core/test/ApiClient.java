package dev.atrium.core.test;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Calls the API as one tenant's owner, so tests read as the requests they make:
 * {@code api.post("/api/v1/third-parties", json).andExpect(status().isCreated())}. A feature's own client adds its
 * shapes (a minimal valid body, a create that checks the Location) by extending it.
 */
public class ApiClient {

    private final MockMvc mvc;
    private final TestTenant tenant;

    public ApiClient(MockMvc mvc, TestTenant tenant) {
        this.mvc = mvc;
        this.tenant = tenant;
    }

    /** The id of a created row, after checking the answer is a 201. */
    public static long id(ResultActions created) throws Exception {
        return ((Number) JsonPath.read(created.andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id")).longValue();
    }

    public TestTenant tenant() {
        return tenant;
    }

    public String body(String path) throws Exception {
        return get(path).andReturn().getResponse().getContentAsString();
    }

    public ResultActions get(String path) throws Exception {
        return send(HttpMethod.GET, path, null);
    }

    public ResultActions post(String path, String json) throws Exception {
        return send(HttpMethod.POST, path, json);
    }

    public ResultActions put(String path, String json) throws Exception {
        return send(HttpMethod.PUT, path, json);
    }

    public ResultActions delete(String path) throws Exception {
        return send(HttpMethod.DELETE, path, null);
    }

    /** {@code path} as it stands, query included; {@code json} null for no body. */
    public ResultActions send(HttpMethod method, String path, String json) throws Exception {
        var request = MockMvcRequestBuilders.request(method, URI.create(path)).header("Authorization", tenant.bearer());
        return mvc.perform(json == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
