package dev.atrium.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PlatformTest
class ProductApiTest {

    static final String API = "/api/v1/products";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    Products products;

    TestTenant tenant;

    @BeforeEach
    void newTenant() {
        tenant = tenants.create("Catalog");
    }

    @Test
    void aProductIsPricedInTheCompanysCurrencyAndCarriesItsTaxRate() throws Exception {
        long rate = defaultRate();
        create("""
                {"reference": "CONS-H", "label": "Consulting", "kind": "SERVICE", "unit": "h", "unitPrice": "95.5",
                 "taxRateId": %d}""".formatted(rate))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith(API + "/")))
                .andExpect(jsonPath("$.unitPrice.amount").value("95.50"))
                .andExpect(jsonPath("$.unitPrice.currency").value("EUR"))
                .andExpect(jsonPath("$.taxRateName").value("VAT 20 %"))
                .andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNothingIsCreated() throws Exception {
        create("""
                {"reference": "bad ref!", "label": " ", "unitPrice": "10.005", "currency": "XAU", "taxRateId": 1}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("reference", "label", "kind",
                        "currency", "taxRateId")));
        create("""
                {"reference": "JPY-1", "label": "Yen", "kind": "PRODUCT", "unitPrice": "10.5", "currency": "JPY"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unitPrice"))
                .andExpect(jsonPath("$.errors[0].message").value("must have at most 0 decimals in JPY"));
        create("""
                {"reference": "EUR-1", "label": "Euro", "kind": "PRODUCT", "unitPrice": "10.005"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("must have at most 2 decimals in EUR"));
        create("""
                {"reference": "BHD-1", "label": "Dinar", "kind": "PRODUCT", "unitPrice": "10.005",
                 "currency": "BHD"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.unitPrice.amount").value("10.005"));
        mvc.perform(get(API).header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$.items[*].reference", Matchers.contains("BHD-1")));
    }

    @Test
    void aReferenceTakenWhateverItsCaseIsAConflictNamingTheField() throws Exception {
        create(product("ABC-1", "First")).andExpect(status().isCreated());
        create(product("abc-1", "Second")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", Matchers.endsWith("product-reference-taken")))
                .andExpect(jsonPath("$.errors[0].field").value("reference"));
    }

    @Test
    void theListSearchesFiltersAndPagesByKeysetAndAnInactiveProductLeavesThePicker() throws Exception {
        long consulting = id(create(product("CONS-H", "Consulting")));
        id(create(product("CONS-D", "Consulting, full day")));
        id(create("""
                {"reference": "SENS-01", "label": "Sensor", "kind": "PRODUCT", "unitPrice": "42.50"}"""));
        mvc.perform(get(API + "?q=consult&sort=-reference&size=1").header("Authorization", tenant.memberBearer()))
                .andExpect(jsonPath("$.items[*].reference", Matchers.contains("CONS-H")))
                .andExpect(jsonPath("$.items[0].unitPrice.amount").value("80.00"))
                .andExpect(jsonPath("$.items[0].unitPrice.currency").value("EUR"))
                .andExpect(jsonPath("$.items[0].amount").doesNotExist())
                .andExpect(jsonPath("$.count.value").value(2))
                .andExpect(jsonPath("$.hasNext").value(true));
        mvc.perform(get(API + "?kind=PRODUCT").header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$.items[*].reference", Matchers.contains("SENS-01")));

        mvc.perform(post(API + "/" + consulting + "/deactivate").header("Authorization", tenant.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(get(API + "?status=INACTIVE").header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$.items[*].reference", Matchers.contains("CONS-H")));
        List<String> picked = TenantContext.callAs(tenant.id(), () -> products.search("CONS", 10)).stream()
                .map(ProductView::reference).toList();
        assertThat(picked).as("the picker offers active products only").containsExactly("CONS-D");
        mvc.perform(post(API + "/" + consulting + "/deactivate").header("Authorization", tenant.bearer()))
                .andExpect(status().isConflict());
    }

    @Test
    void aChangeCarriesTheVersionReadAndShowsOnTheTimeline() throws Exception {
        long id = id(create(product("CONS-H", "Consulting")));
        update(id, "{\"reference\": \"CONS-H\", \"label\": \"Consulting\", \"kind\": \"SERVICE\", "
                + "\"unit\": \"h\", \"unitPrice\": \"99.00\", \"version\": 0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.unitPrice.amount").value("99.00"));
        update(id, "{\"reference\": \"CONS-H\", \"label\": \"Stale\", \"kind\": \"SERVICE\", "
                + "\"unitPrice\": \"1.00\", \"version\": 0}").andExpect(status().isConflict());
        mvc.perform(get(API + "/" + id + "/history").header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$.items[0].changes[0].field").value("catalog.field.unitPrice"))
                .andExpect(jsonPath("$.items[0].changes[0].before").value("80.00 EUR"))
                .andExpect(jsonPath("$.items[0].changes[0].after").value("99.00 EUR"));
    }

    @Test
    void aRateAProductCarriesIsDeactivatedNotDeleted() throws Exception {
        long reduced = JsonPath.<Number>read(mvc.perform(post("/api/v1/tax-rates")
                        .header("Authorization", tenant.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Reduced\", \"rate\": \"5.5\"}"))
                .andReturn().getResponse().getContentAsString(), "$.id").longValue();
        create("""
                {"reference": "BOOK", "label": "Book", "kind": "PRODUCT", "unitPrice": "18.90", "taxRateId": %d}"""
                .formatted(reduced)).andExpect(status().isCreated());
        mvc.perform(delete("/api/v1/tax-rates/" + reduced).header("Authorization", tenant.bearer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", Matchers.endsWith("tax-rate-in-use")));
        mvc.perform(get("/api/v1/tax-rates/" + reduced).header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$.uses").value(1));
    }

    @Test
    void aMemberReadsAndExportsTheCatalogButDoesNotChangeIt() throws Exception {
        create(product("CONS-H", "Consulting =cmd")).andExpect(status().isCreated());
        mvc.perform(post(API).header("Authorization", tenant.memberBearer()).contentType(MediaType.APPLICATION_JSON)
                .content(product("MINE", "Mine"))).andExpect(status().isForbidden());
        String csv = mvc.perform(get(API + "/export.csv?fields=reference,label,unitPrice")
                        .header("Authorization", tenant.memberBearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Reference").contains("CONS-H").contains("80.00");
    }

    private static String product(String reference, String label) {
        return """
                {"reference": "%s", "label": "%s", "kind": "SERVICE", "unit": "h", "unitPrice": "80.00"}"""
                .formatted(reference, label);
    }

    private long defaultRate() throws Exception {
        return JsonPath.<Number>read(mvc.perform(get("/api/v1/tax-rates").header("Authorization", tenant.bearer()))
                .andReturn().getResponse().getContentAsString(), "$[0].id").longValue();
    }

    private ResultActions create(String json) throws Exception {
        return mvc.perform(post(API).header("Authorization", tenant.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions update(long id, String json) throws Exception {
        return mvc.perform(put(API + "/" + id).header("Authorization", tenant.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static long id(ResultActions created) throws Exception {
        return JsonPath.<Number>read(created.andReturn().getResponse().getContentAsString(), "$.id").longValue();
    }
}
