package dev.atrium.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.TestTenant;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Calls the third-party API as one tenant's owner, so tests read as the requests they make. */
final class ThirdPartyClient {

    static final String API = "/api/v1/third-parties";

    private final MockMvc mvc;
    private final TestTenant tenant;

    ThirdPartyClient(MockMvc mvc, TestTenant tenant) {
        this.mvc = mvc;
        this.tenant = tenant;
    }

    /** A minimal valid third party; {@code extra} adds JSON members such as {@code "email":"a@b.c"}. */
    static String party(String name, String extra) {
        return "{\"kind\":\"COMPANY\",\"name\":\"" + name + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    /** Creates a third party and answers its id, checking the answer points at where it now lives. */
    long create(String json) throws Exception {
        var response = post(API, json).andExpect(status().isCreated()).andReturn().getResponse();
        long id = ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
        assertThat(response.getHeader("Location")).as("Location of a new third party, a path whatever the Host")
                .isEqualTo(API + "/" + id);
        return id;
    }

    long createContact(long id, String json) throws Exception {
        String body = post(API + "/" + id + "/contacts", json).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long version(long id) throws Exception {
        return ((Number) JsonPath.read(get(API + "/" + id).andReturn().getResponse().getContentAsString(),
                "$.version")).longValue();
    }

    ResultActions get(String path) throws Exception {
        return send(MockMvcRequestBuilders.get(URI.create(path)));
    }

    ResultActions post(String path, String json) throws Exception {
        return send(MockMvcRequestBuilders.post(URI.create(path))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions put(String path, String json) throws Exception {
        return send(MockMvcRequestBuilders.put(URI.create(path))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions delete(String path) throws Exception {
        return send(MockMvcRequestBuilders.delete(URI.create(path)));
    }

    private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", tenant.bearer()));
    }
}
