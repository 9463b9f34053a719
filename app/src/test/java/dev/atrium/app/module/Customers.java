package dev.atrium.app.module;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.TestTenant;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Third parties for module tests, made through the core's API as a tenant would. */
public final class Customers {

    private Customers() {
    }

    /** A new active customer of {@code tenant}; its id. */
    public static long create(MockMvc mvc, TestTenant tenant, String name) throws Exception {
        return create(mvc, tenant, name, "CUSTOMER");
    }

    /** A new third party with the given sales relation (CUSTOMER, PROSPECT or NONE); its id. */
    public static long create(MockMvc mvc, TestTenant tenant, String name, String salesRelation) throws Exception {
        String body = mvc.perform(post("/api/v1/third-parties").header("Authorization", tenant.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "COMPANY", "name": "%s", "salesRelation": "%s",
                                 "addresses": [{"kind": "BILLING", "line1": "1 Quai Est", "city": "Lyon", "country": "FR"}]}
                                """.formatted(name, salesRelation)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }
}
