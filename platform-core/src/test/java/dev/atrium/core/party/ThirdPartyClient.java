package dev.atrium.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.TestTenant;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Calls the third-party API as one tenant's owner, so tests read as the requests they make. */
record ThirdPartyClient(MockMvc mvc, TestTenant tenant) {

    static final String API = "/api/v1/third-parties";

    /** A minimal valid third party; {@code extra} adds JSON members such as {@code "email":"a@b.c"}. */
    static String party(String name, String extra) {
        return "{\"kind\":\"COMPANY\",\"name\":\"" + name + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    static String base64url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static long id(ResultActions created) throws Exception {
        return ((Number) JsonPath.read(created.andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id")).longValue();
    }

    /** Creates a third party and answers its id, checking the answer points at where it now lives. */
    long create(String json) throws Exception {
        var response = post(API, json).andExpect(status().isCreated()).andReturn().getResponse();
        long id = ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
        assertThat(response.getHeader("Location")).as("Location of a new third party, a path whatever the Host")
                .isEqualTo(API + "/" + id);
        return id;
    }

    long version(long id) throws Exception {
        return ((Number) JsonPath.read(body(API + "/" + id), "$.version")).longValue();
    }

    String body(String path) throws Exception {
        return get(path).andReturn().getResponse().getContentAsString();
    }

    ResultActions get(String path) throws Exception {
        return send(HttpMethod.GET, path, null);
    }

    ResultActions post(String path, String json) throws Exception {
        return send(HttpMethod.POST, path, json);
    }

    ResultActions put(String path, String json) throws Exception {
        return send(HttpMethod.PUT, path, json);
    }

    ResultActions delete(String path) throws Exception {
        return send(HttpMethod.DELETE, path, null);
    }

    ResultActions send(HttpMethod method, String path, String json) throws Exception {
        var request = MockMvcRequestBuilders.request(method, URI.create(path)).header("Authorization", tenant.bearer());
        return mvc.perform(json == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
