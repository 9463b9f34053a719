package dev.atrium.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A user's language: their own, else their company's, else the browser's; and the profile page that sets it. */
@PlatformTest
class ProfileLanguageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    UserApi api;

    TestTenant acme;
    MockHttpSession owner;

    @BeforeEach
    void anOwnerSignedIn() throws Exception {
        acme = tenants.create("Acme");
        owner = api.session(acme, acme.owner().email(), TestTenant.PASSWORD);
    }

    @Test
    void aUserWhoChoseNothingReadsTheCompanysLanguageWhateverTheBrowserSays() throws Exception {
        assertThat(menuLabel(owner, Locale.FRENCH)).as("an English company's user, a French browser")
                .isEqualTo("Third parties");
        companyLocale("fr-BE");

        Document page = page("/third-parties", owner, Locale.ENGLISH);
        assertThat(page.selectFirst("[data-menu=third-parties]").text()).isEqualTo("Tiers");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
    }

    @Test
    void aUserChoosesTheirOwnLanguageOnTheProfilePageAndRenamesThemselves() throws Exception {
        mvc.perform(post(profile()).session(owner).with(csrf()).param("displayName", "  Olivia Martin ")
                        .param("language", "fr"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(profile()));

        Document page = page("/profile", owner, Locale.ENGLISH);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Votre profil");
        assertThat(page.getElementById("profile-link").text()).as("the header names them anew, same session")
                .isEqualTo("Olivia Martin");
        assertThat(page.selectFirst("#language option[selected]").attr("value")).isEqualTo("fr");
        mvc.perform(get("/api/v1/me").header("Authorization", acme.bearer()))
                .andExpect(jsonPath("$.displayName").value("Olivia Martin"))
                .andExpect(jsonPath("$.language").value("fr"));

        companyLocale("en-GB");
        assertThat(menuLabel(owner, Locale.ENGLISH)).as("their own choice wins over the company's").isEqualTo("Tiers");
        mvc.perform(post(profile()).session(owner).with(csrf()).param("displayName", "Olivia Martin")
                .param("language", "")).andExpect(status().is3xxRedirection());
        assertThat(menuLabel(owner, Locale.FRENCH)).as("blank follows the company again").isEqualTo("Third parties");
    }

    @Test
    void aBadNameOrLanguageIsRefusedFieldByFieldAndNothingChanges() throws Exception {
        String html = mvc.perform(post(profile()).session(owner).with(csrf()).param("displayName", " ")
                        .param("language", "de"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("displayName").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("displayName-error").text()).isEqualTo("must be 1 to 200 characters");
        assertThat(page.getElementById("language-error").text()).startsWith("must be one of en, fr");

        mvc.perform(put("/api/v1/me").header("Authorization", acme.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"" + "x".repeat(201) + "\",\"language\":\"xx\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("displayName"))
                .andExpect(jsonPath("$.errors[1].field").value("language"));
        mvc.perform(get("/api/v1/me").header("Authorization", acme.bearer()))
                .andExpect(jsonPath("$.displayName").value(acme.owner().displayName()))
                .andExpect(jsonPath("$.language").doesNotExist());
    }

    private void companyLocale(String locale) throws Exception {
        mvc.perform(put("/api/v1/company").header("Authorization", acme.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Acme", "defaultCurrency": "EUR", "locale": "%s", "timeZone": "Europe/Paris",
                                 "fiscalYearMonth": 1, "fiscalYearDay": 1}""".formatted(locale)))
                .andExpect(status().isOk());
    }

    private String menuLabel(MockHttpSession session, Locale browser) throws Exception {
        return page("/third-parties", session, browser).selectFirst("[data-menu=third-parties]").text();
    }

    private Document page(String path, MockHttpSession session, Locale browser) throws Exception {
        return Jsoup.parse(mvc.perform(get("/t/" + acme.slug() + path).session(session).locale(browser))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String profile() {
        return "/t/" + acme.slug() + "/profile";
    }
}
