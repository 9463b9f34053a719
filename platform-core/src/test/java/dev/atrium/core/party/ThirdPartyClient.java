package dev.atrium.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.ApiClient;
import dev.atrium.core.test.TestTenant;
import org.springframework.test.web.servlet.MockMvc;

/** The API as one tenant's owner calls it, with the third parties' own shapes. */
class ThirdPartyClient extends ApiClient {

    static final String API = "/api/v1/third-parties";

    ThirdPartyClient(MockMvc mvc, TestTenant tenant) {
        super(mvc, tenant);
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

    long version(long id) throws Exception {
        return ((Number) JsonPath.read(body(API + "/" + id), "$.version")).longValue();
    }
}
