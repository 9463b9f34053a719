package dev.atrium.core.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.provisioning.TenantProvisioningService;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.tenant.NewTenant;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PlatformTest
class TaxRateApiTest {

    static final String API = "/api/v1/tax-rates";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    TaxRates taxRates;

    TestTenant tenant;

    @BeforeEach
    void newTenant() {
        tenant = tenants.create("Taxes");
    }

    @Test
    void aNewTenantStartsWithTheStandardRateOfItsCountryAsDefault() throws Exception {
        mvc.perform(get(API).header("Authorization", tenant.memberBearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", Matchers.contains("VAT 20 %")))
                .andExpect(jsonPath("$[0].rate").value(20))
                .andExpect(jsonPath("$[0].isDefault").value(true))
                .andExpect(jsonPath("$[0].active").value(true));
    }

    @Test
    void aTenantIsCreatedWithTheStandardRateOfItsCountryInItsLanguageOrAnExemptOne() {
        assertThat(defaultRateOf("fr-FR")).isEqualTo("TVA 20 % at 20");
        assertThat(defaultRateOf("de-DE")).isEqualTo("VAT 19 % at 19");
        assertThat(defaultRateOf("fr-CH")).isEqualTo("TVA 8,1 % at 8.1");
        assertThat(defaultRateOf("en-US")).isEqualTo("Exempt at 0");
        assertThat(defaultRateOf("fr")).isEqualTo("Exonéré at 0");
    }

    private String defaultRateOf(String locale) {
        String slug = "tax-" + locale.toLowerCase(Locale.ROOT) + "-" + System.nanoTime() % 1_000_000;
        long id = provisioning.provision(new NewTenant(slug, "Rates " + locale, Currency.getInstance("EUR"),
                Locale.forLanguageTag(locale), ZoneId.of("Europe/Paris")), "owner@" + slug + ".test", "Owner",
                TestTenant.PASSWORD).tenant().id();
        return TenantContext.callAs(id, () -> taxRates.defaultRate()
                .map(rate -> rate.name() + " at " + rate.rate().toPlainString()).orElse("none"));
    }

    @Test
    void makingARateTheDefaultTakesTheMarkOffThePreviousOne() throws Exception {
        long standard = JsonPath.<Number>read(listed(), "$[0].id").longValue();
        long reduced = id(create("{\"name\": \"Reduced\", \"rate\": \"5.5\", \"isDefault\": true}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rate").value(5.5))
                .andExpect(jsonPath("$.isDefault").value(true)));
        mvc.perform(get(API + "/" + standard).header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$.isDefault").value(false));
        mvc.perform(get(API).header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$[?(@.isDefault == true)].id", Matchers.contains((int) reduced)));
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNothingIsCreated() throws Exception {
        create("{\"name\": \" \", \"rate\": \"100.5\"}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("name", "rate")));
        create("{\"name\": \"Odd\", \"rate\": \"5.12345\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rate"))
                .andExpect(jsonPath("$.errors[0].message").value("must have at most 4 decimals"));
        create("{\"name\": \"vat 20 %\", \"rate\": \"20\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("is already the name of a tax rate"));
        mvc.perform(get(API).header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$[*].name", Matchers.contains("VAT 20 %")));
    }

    @Test
    void theDefaultRateIsNeitherDeactivatedNorDeletedAndAnUnusedRateIsDeleted() throws Exception {
        long standard = JsonPath.<Number>read(listed(), "$[0].id").longValue();
        mvc.perform(put(API + "/" + standard).header("Authorization", tenant.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"VAT 20 %\", \"rate\": \"20\", \"active\": false, \"version\": 0}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type", Matchers.endsWith("tax-rate-default")));
        mvc.perform(delete(API + "/" + standard).header("Authorization", tenant.bearer()))
                .andExpect(status().isConflict());
        long zero = id(create("{\"name\": \"Exempt\", \"rate\": \"0\"}"));
        mvc.perform(delete(API + "/" + zero).header("Authorization", tenant.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get(API + "/" + zero).header("Authorization", tenant.bearer())).andExpect(status().isNotFound());
    }

    @Test
    void aMemberReadsRatesButDoesNotChangeThem() throws Exception {
        mvc.perform(post(API).header("Authorization", tenant.memberBearer()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Mine\", \"rate\": \"1\"}")).andExpect(status().isForbidden());
    }

    private ResultActions create(String json) throws Exception {
        return mvc.perform(post(API).header("Authorization", tenant.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private String listed() throws Exception {
        return mvc.perform(get(API).header("Authorization", tenant.bearer())).andReturn().getResponse()
                .getContentAsString();
    }

    private static long id(ResultActions created) throws Exception {
        return JsonPath.<Number>read(created.andReturn().getResponse().getContentAsString(), "$.id").longValue();
    }
}
