package dev.atrium.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every form reports the same way: a summary of all its errors at its top that takes focus, each bad field marked
 * for assistive technology and described by its error, a notice after a change, and a question before destroying.
 */
@PlatformTest
class FormFeedbackTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    TestTenant acme;
    MockHttpSession owner;

    @BeforeEach
    void anOwnerSignedIn() throws Exception {
        acme = tenants.create("Acme");
        owner = (MockHttpSession) mvc.perform(post("/t/" + acme.slug() + "/login").with(csrf())
                        .param("email", acme.owner().email()).param("password", TestTenant.PASSWORD))
                .andReturn().getRequest().getSession();
    }

    @Test
    void aRefusedFormSummarisesEveryErrorAtItsTopAndMarksEachFieldOnce() throws Exception {
        Document page = page(companyForm("", "xx", "Mars/Olympus"));

        Element summary = page.getElementById("error-summary");
        assertThat(summary).as("a summary of the errors").isNotNull();
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.attr("tabindex")).as("focusable, so focus can move to it").isEqualTo("-1");
        assertThat(summary.hasAttr("autofocus")).isTrue();
        assertThat(summary.select("a").eachAttr("href")).as("every bad field at once, each a link to it")
                .containsExactlyInAnyOrder("#name", "#locale", "#timeZone");
        assertThat(summary.text()).contains("Name: ").contains("Time zone (e.g. Europe/Paris): ");
        for (String field : new String[] {"name", "timeZone"}) {
            Element input = page.getElementById(field);
            assertThat(input.attr("aria-invalid")).as(field + " marked invalid").isEqualTo("true");
            assertThat(input.attr("aria-describedby")).as(field + " described by its error").isEqualTo(field + "-error");
            assertThat(page.getElementById(field + "-error").text()).as(field + "'s error beside it").isNotBlank();
        }
        assertThat(page.getElementById("legalName").hasAttr("aria-invalid")).as("a good field stays unmarked").isFalse();
    }

    @Test
    void aFrenchCompanysRefusedFormSpeaksFrench() throws Exception {
        mvc.perform(put("/api/v1/company").header("Authorization", acme.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Acme", "defaultCurrency": "EUR", "locale": "fr-FR", "timeZone": "Europe/Paris",
                                 "fiscalYearMonth": 1, "fiscalYearDay": 1}"""))
                .andExpect(status().isOk());

        Element summary = page(companyForm("", "fr", "Europe/Paris")).getElementById("error-summary");

        assertThat(summary.text()).startsWith("Rien n'a été enregistré. Veuillez corriger :");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#name");
    }

    @Test
    void revokingATokenAsksFirstAndSaysItIsDone() throws Exception {
        String tokens = "/t/" + acme.slug() + "/profile/tokens";
        Document list = page(post(tokens).param("name", "export"));
        Element revoke = list.selectFirst("form[action$=/revoke]");
        assertThat(revoke.attr("data-confirm")).as("the question before revoking").contains("export");

        mvc.perform(post(revoke.attr("action")).session(owner).with(csrf())).andExpect(redirectedUrl(tokens));

        Document after = page(get(tokens));
        assertThat(after.getElementById("notice").text()).isEqualTo("The token is revoked.");
        assertThat(after.getElementById("notice").attr("role")).isEqualTo("status");
    }

    @Test
    void everyPageOffersASkipLinkAndMarksWhereTheUserIs() throws Exception {
        Document page = page(get("/t/" + acme.slug() + "/setup/modules"));

        assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#content");
        assertThat(page.getElementById("content")).isNotNull();
        assertThat(page.select("[aria-current=page]").eachAttr("data-menu")).containsExactly("setup-modules");
    }

    private MockHttpServletRequestBuilder companyForm(String name, String locale, String zone) {
        return post("/t/" + acme.slug() + "/setup/company").param("name", name).param("defaultCurrency", "EUR")
                .param("locale", locale).param("timeZone", zone).param("fiscalYearMonth", "1")
                .param("fiscalYearDay", "1");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.session(owner).with(csrf())).andReturn().getResponse()
                .getContentAsString());
    }
}
