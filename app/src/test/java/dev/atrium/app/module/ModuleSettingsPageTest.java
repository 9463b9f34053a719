package dev.atrium.app.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Setup > a module's page: its declared settings, each edited with the field its kind asks for. */
@PlatformTest
class ModuleSettingsPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    TestTenant acme;
    MockHttpSession owner;

    @BeforeEach
    void anOwnerWithAmcAndStockActive() throws Exception {
        acme = tenants.create("Acme");
        mvc.perform(put("/api/v1/modules/amc/activation?withRequirements=true").header("Authorization", acme.bearer()))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/modules/stock/activation").header("Authorization", acme.bearer()))
                .andExpect(status().isOk());
        owner = signIn(acme.owner().email());
    }

    @Test
    void aModulesPageShowsItsSettingsAsTypedFieldsWithTheirLabelsAndNamesNotKeys() throws Exception {
        Document amc = page("/setup/modules/amc");
        assertThat(amc.selectFirst("h1").text()).isEqualTo("Maintenance (AMC)");
        assertThat(amc.getElementById("module-requires").text()).as("requires names the module, not its key")
                .isEqualTo("Requires Contracts.");
        assertThat(amc.selectFirst("label[for=amc-visits-per-year]").text())
                .isEqualTo("Visits included in a year of maintenance");
        assertThat(amc.getElementById("amc-visits-per-year").attr("value")).isEqualTo("2");
        assertThat(amc.getElementById("amc-visits-per-year").attr("inputmode")).isEqualTo("numeric");

        Document stock = page("/setup/modules/stock");
        assertThat(stock.getElementById("stock-allow-negative").attr("type")).as("a yes/no setting is a checkbox")
                .isEqualTo("checkbox");
        assertThat(stock.getElementById("stock-allow-negative").hasAttr("checked")).isFalse();

        Document menu = page("/setup/modules");
        assertThat(menu.select("details[data-menu-group=setup] a").eachText())
                .as("each active module with settings joins the Setup group under its name")
                .contains("Maintenance (AMC)", "Contracts", "Stock");
        assertThat(menu.getElementById("settings-amc").attr("href")).endsWith("/setup/modules/amc");
    }

    @Test
    void savingTheFormStoresEveryValueAndTheApiReadsThem() throws Exception {
        mvc.perform(post(base() + "/setup/modules/amc").session(owner).with(csrf())
                        .param("amc.visits-per-year", " 4 ").param("amc.reminder-days", "10"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base() + "/setup/modules/amc"));
        mvc.perform(post(base() + "/setup/modules/stock").session(owner).with(csrf())
                        .param("stock.allow-negative", "true"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/modules/amc/settings").header("Authorization", acme.bearer()))
                .andExpect(jsonPath("$['amc.visits-per-year']").value("4"))
                .andExpect(jsonPath("$['amc.reminder-days']").value("10"));
        assertThat(page("/setup/modules/stock").getElementById("stock-allow-negative").hasAttr("checked")).isTrue();

        mvc.perform(post(base() + "/setup/modules/stock").session(owner).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/modules/stock/settings").header("Authorization", acme.bearer()))
                .andExpect(jsonPath("$['stock.allow-negative']").value("false"));
    }

    @Test
    void badValuesAreAllShownBesideTheirFieldsWithWhatWasTypedAndNothingIsSaved() throws Exception {
        String html = mvc.perform(post(base() + "/setup/modules/amc").session(owner).with(csrf())
                        .param("amc.visits-per-year", "twice").param("amc.reminder-days", "3.5"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.getElementById("settings-refusal").text()).startsWith("2 settings are not right");
        assertThat(page.getElementById("amc-visits-per-year").attr("value")).as("the typed value is kept")
                .isEqualTo("twice");
        assertThat(page.getElementById("amc-visits-per-year").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("amc-visits-per-year").attr("aria-describedby"))
                .isEqualTo("amc-visits-per-year-error");
        assertThat(page.getElementById("amc-visits-per-year-error").text()).isEqualTo("must be a whole number");
        assertThat(page.getElementById("amc-reminder-days-error").text()).isEqualTo("must be a whole number");
        mvc.perform(get("/api/v1/modules/amc/settings").header("Authorization", acme.bearer()))
                .andExpect(jsonPath("$['amc.visits-per-year']").value("2"))
                .andExpect(jsonPath("$['amc.reminder-days']").value("7"));
    }

    @Test
    void theApiRefusesAValueNotOfTheSettingsKindBeforeTheModuleSeesIt() throws Exception {
        mvc.perform(put("/api/v1/modules/stock/settings/stock.allow-negative").header("Authorization", acme.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\":\"maybe\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stock.allow-negative"))
                .andExpect(jsonPath("$.errors[0].message").value("must be true or false"));
    }

    @Test
    void anInactiveModulesPageOffersNoFormAndAMemberIsRefused() throws Exception {
        mvc.perform(delete("/api/v1/modules/stock/activation").header("Authorization", acme.bearer()))
                .andExpect(status().isOk());
        Document stock = page("/setup/modules/stock");
        assertThat(stock.getElementById("settings-form")).isNull();
        assertThat(stock.getElementById("settings-inactive").text()).startsWith("Activate Stock");

        MockHttpSession member = signIn(acme.member().email());
        for (MockHttpServletRequestBuilder call : new MockHttpServletRequestBuilder[] {
                get(base() + "/setup/modules/amc"),
                post(base() + "/setup/modules/amc").with(csrf()).param("amc.visits-per-year", "9")}) {
            mvc.perform(call.session(member)).andExpect(status().isForbidden());
        }
        mvc.perform(get(base() + "/setup/modules/no-such-module").session(owner)).andExpect(status().isNotFound());
    }

    @Test
    void theChangeLogNamesTheModuleAndThePersonNotKeysAndEmails() throws Exception {
        Document setup = page("/setup/modules");
        assertThat(setup.select("#module-history tbody tr").first().select("td").eachText())
                .as("newest change first: Stock, by the owner's name").contains("Stock", acme.owner().displayName())
                .doesNotContain("stock", acme.owner().email());
        assertThat(setup.select("#module-amc td").get(2).text()).isEqualTo("Contracts");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(base() + path).session(owner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private String base() {
        return "/t/" + acme.slug();
    }

    private MockHttpSession signIn(String email) throws Exception {
        return (MockHttpSession) mvc.perform(post(base() + "/login").with(csrf())
                        .param("email", email).param("password", TestTenant.PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
