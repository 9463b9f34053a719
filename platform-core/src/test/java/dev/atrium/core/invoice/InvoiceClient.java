package dev.atrium.core.invoice;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.TestTenant;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The invoice API as one tenant's owner calls it, with the customers invoices need. */
record InvoiceClient(MockMvc mvc, TestTenant tenant) {

    static final String API = "/api/v1/invoices";

    /** An active customer billed in {@code currency}, due 30 days end of month, with a billing address. */
    long customer(String name, String currency) throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.post("/api/v1/third-parties").header("Authorization", tenant.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"COMPANY","name":"%s","salesRelation":"CUSTOMER","taxId":"FR40303265045",
                                 "currency":"%s","paymentTerms":"NET_30_END_OF_MONTH",
                                 "addresses":[{"kind":"BILLING","line1":"12 rue des Lilas","postalCode":"75011",
                                               "city":"Paris","country":"FR"}]}""".formatted(name, currency)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Number>read(body, "$.id").longValue();
    }

    /** A draft's id, from a body the API accepted. */
    long draft(String json) throws Exception {
        return id(post(API, json).andExpect(status().isCreated()));
    }

    ResultActions get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", tenant.bearer()));
    }

    ResultActions post(String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).header("Authorization", tenant.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions postAsMember(String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).header("Authorization", tenant.memberBearer())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions put(String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(path).header("Authorization", tenant.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions delete(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.delete(path).header("Authorization", tenant.bearer()));
    }

    static long id(ResultActions answer) throws Exception {
        return JsonPath.<Number>read(answer.andReturn().getResponse().getContentAsString(), "$.id").longValue();
    }

    static <T> T read(ResultActions answer, String path) throws Exception {
        return JsonPath.read(answer.andReturn().getResponse().getContentAsString(), path);
    }
}
