package dev.atrium.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class UserPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    UserApi api;

    @LocalServerPort
    int port;

    TestTenant acme;
    String page;
    MockHttpSession owner;

    @BeforeEach
    void anOwnerSignedIn() throws Exception {
        acme = tenants.create("Acme");
        page = "/t/" + acme.slug() + "/setup/users";
        owner = api.session(acme, acme.owner().email(), TestTenant.PASSWORD);
    }

    @Test
    void theOwnerSeesTheUsersWithRoleAndStateAndTheMenuEntry() throws Exception {
        mvc.perform(get(page).session(owner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(acme.member().email())))
                .andExpect(content().string(containsString("data-state=\"enabled\"")))
                .andExpect(content().string(containsString("data-menu=\"setup-users\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void aFrenchReaderSeesTheUsersPageAndItsMessagesInFrench() throws Exception {
        mvc.perform(post("/t/" + acme.slug() + "/profile").session(owner).with(csrf())
                        .param("displayName", "Olivia").param("language", "fr"))
                .andExpect(status().is3xxRedirection());
        Document page = Jsoup.parse(mvc.perform(get(this.page).session(owner))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Configuration · Utilisateurs");
        assertThat(page.select("#users th").eachText()).startsWith("Nom", "E-mail", "Rôle", "État", "Ajouté le");
        assertThat(page.getElementById("add-user").text()).isEqualTo("Ajouter l’utilisateur");
        assertThat(page.getElementById("disable-" + acme.member().userId()).text()).isEqualTo("Désactiver");
        assertThat(page.select("#users td.state").eachText()).as("states are words of the reader's language")
                .containsOnly("Actif");
        assertThat(page.select("main").text()).doesNotContain("Invite a colleague", "Add a user", "Set password");

        mvc.perform(post(this.page + "/" + acme.member().userId() + "/disable").session(owner).with(csrf()))
                .andExpect(flash().attribute("notice",
                        acme.member().email() + " est désactivé et ne peut plus se connecter."));
        mvc.perform(post(this.page + "/" + acme.member().userId() + "/password").session(owner).with(csrf())
                        .param("password", "short"))
                .andExpect(flash().attribute("refusal", startsWith("Le nouveau mot de passe ")));
        mvc.perform(post(this.page + "/" + acme.owner().userId() + "/role").session(owner).with(csrf())
                        .param("role", "MEMBER"))
                .andExpect(flash().attribute("refusal", acme.owner().email() + " est le dernier propriétaire actif"
                        + " de la société et ne peut pas être rétrogradé. Nommez d'abord un autre propriétaire."));
    }

    @Test
    void aMemberIsRefusedThePageAndSeesNoMenuEntry() throws Exception {
        MockHttpSession member = api.session(acme, acme.member().email(), TestTenant.PASSWORD);
        mvc.perform(get(page).session(member)).andExpect(status().isForbidden());
        mvc.perform(post(page + "/" + acme.owner().userId() + "/disable").session(member).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/t/" + acme.slug() + "/").session(member))
                .andExpect(content().string(not(containsString("data-menu=\"setup-users\""))));
    }

    @Test
    void theOwnerAddsAUserThroughTheForm() throws Exception {
        mvc.perform(post(page).session(owner).with(csrf()).param("email", "form@acme.test")
                        .param("displayName", "Form Made").param("role", "ADMIN")
                        .param("password", "page-added-password-1"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "form@acme.test can now sign in."));
        mvc.perform(get(page).session(owner)).andExpect(content().string(containsString("Form Made")));
        api.signIn(acme, "form@acme.test", "page-added-password-1").andExpect(redirectedUrl("/t/" + acme.slug() + "/"));
    }

    @Test
    void anInvalidFormComesBackWithMessagesNextToTheFieldsAndWhatWasTyped() throws Exception {
        mvc.perform(post(page).session(owner).with(csrf()).param("email", "not an email")
                        .param("displayName", "Kept Name").param("role", "MEMBER").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Kept Name\"")))
                .andExpect(content().string(containsString("value=\"not an email\"")))
                .andExpect(content().string(containsString("must be a well-formed email address")))
                .andExpect(content().string(containsString("must be at least 12 characters long")))
                .andExpect(content().string(not(containsString("value=\"short\""))));
        mvc.perform(post(page).session(owner).with(csrf()).param("email", acme.member().email())
                        .param("displayName", "Twin").param("role", "MEMBER").param("password", "long-enough-pass"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already exists")))
                .andExpect(content().string(containsString("value=\"Twin\"")));
        api.get(acme.bearer(), UserApi.API).andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    void theOwnerChangesARoleDisablesEnablesAndSetsAPassword() throws Exception {
        String member = page + "/" + acme.member().userId();
        mvc.perform(post(member + "/role").session(owner).with(csrf()).param("role", "ADMIN"))
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("notice", acme.member().email()
                        + " is now Administrator."));
        mvc.perform(post(member + "/disable").session(owner).with(csrf())).andExpect(redirectedUrl(page));
        mvc.perform(get(page).session(owner)).andExpect(content().string(containsString("data-state=\"disabled\"")));
        mvc.perform(post(member + "/enable").session(owner).with(csrf())).andExpect(redirectedUrl(page));
        mvc.perform(post(member + "/password").session(owner).with(csrf()).param("password", "short"))
                .andExpect(flash().attribute("refusal", containsString("must be at least 12 characters")));
        mvc.perform(post(member + "/password").session(owner).with(csrf()).param("password", "page-set-password"))
                .andExpect(flash().attribute("notice", "The new password is set."));
        api.signIn(acme, acme.member().email(), "page-set-password").andExpect(redirectedUrl("/t/" + acme.slug() + "/"));
        api.get(acme.bearer(), UserApi.API).andExpect(jsonPath("$[?(@.role == 'ADMIN' && @.enabled == true)]",
                hasSize(1)));
    }

    @Test
    void aRefusalIsShownOnThePageAndAFormWithoutCsrfIsRejected() throws Exception {
        String self = page + "/" + acme.owner().userId();
        mvc.perform(post(self + "/role").session(owner).with(csrf()).param("role", "MEMBER"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("refusal", containsString("last enabled owner")));
        mvc.perform(post(self + "/disable").session(owner).with(csrf()))
                .andExpect(flash().attribute("refusal", containsString("your own account")));
        mvc.perform(post(page + "/" + acme.member().userId() + "/disable").session(owner))
                .andExpect(status().isForbidden());
        mvc.perform(get(page).session(owner)).andExpect(content().string(not(containsString("data-state=\"disabled\""))));
    }

    @Test
    @ResourceLock("browser")
    void inABrowserTheOwnerAddsAColleagueWhoThenSignsIn() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD)
                    .click(By.cssSelector("[data-menu-group=setup] > summary"))
                    .click(By.cssSelector("[data-menu=setup-users]"))
                    .type(By.id("email"), "browser.made@acme.test")
                    .type(By.id("displayName"), "Browser Made")
                    .type(By.id("password"), "browser-password-1")
                    .click(By.id("add-user"));
            assertThat(browser.text(By.id("user-notice"))).contains("browser.made@acme.test can now sign in");
            assertThat(browser.text(By.id("users"))).contains("Browser Made");

            browser.clickAndWaitFor(By.cssSelector("header form button[type=submit]"), "?logout")
                    .signIn(acme.slug(), "browser.made@acme.test", "browser-password-1");
            assertThat(browser.path()).isEqualTo("/t/" + acme.slug() + "/");
            assertThat(browser.text(By.cssSelector("header .who"))).contains("Browser Made");
            assertThat(browser.driver().findElements(By.cssSelector("[data-menu=setup-users]")))
                    .as("a member's menu has no Setup > Users").isEmpty();
        }
    }
}
