package dev.atrium.core.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The API as one tenant's user calls it, for fixtures that fill a tenant the way its users would. */
@Component
public class TenantApi {

    private final ObjectProvider<MockMvc> mvc;

    /** MockMvc is asked for on use: applications started without it (other nodes of a test) still start. */
    TenantApi(ObjectProvider<MockMvc> mvc) {
        this.mvc = mvc;
    }

    /** Sends the call with the bearer token and answers the body, failing unless the status is {@code expected}. */
    public String call(String bearer, HttpMethod method, String path, String json, int expected) {
        try {
            var request = MockMvcRequestBuilders.request(method, path).header("Authorization", bearer);
            if (json != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(json);
            }
            MockHttpServletResponse response = mvc.getObject().perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as("%s %s while filling a tenant: %s", method, path,
                    response.getContentAsString()).isEqualTo(expected);
            return response.getContentAsString();
        } catch (Exception failed) {
            throw new IllegalStateException(method + " " + path + " failed", failed);
        }
    }

    public String get(String bearer, String path) {
        return call(bearer, HttpMethod.GET, path, null, 200);
    }

    public String create(String bearer, String path, String json) {
        return call(bearer, HttpMethod.POST, path, json, 201);
    }
}
