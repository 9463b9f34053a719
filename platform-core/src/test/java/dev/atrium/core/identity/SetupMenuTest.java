package dev.atrium.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import dev.atrium.core.test.Browser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The main menu as every page draws it: business entries, one Setup group, the current page marked. */
@PlatformTest
class SetupMenuTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    UserApi api;

    @LocalServerPort
    int port;

    TestTenant acme;
    MockHttpSession owner;

    @BeforeEach
    void anOwnerSignedIn() throws Exception {
        acme = tenants.create("Acme");
        owner = api.session(acme, acme.owner().email(), TestTenant.PASSWORD);
    }

    @Test
    void setupPagesAreOneGroupOfTheMenuWithTheCurrentPageMarked() throws Exception {
        Document page = page("/setup/users", owner, Locale.ENGLISH);

        Element group = page.selectFirst("nav#main-menu details[data-menu-group=setup]");
        assertThat(group).as("Setup is one group of the main menu").isNotNull();
        assertThat(group.selectFirst("summary").text()).isEqualTo("Setup");
        assertThat(group.selectFirst("summary").hasClass("current")).as("the group of the current page").isTrue();
        assertThat(group.select("a").eachAttr("data-menu"))
                .as("Company, Email templates, Users, Roles, Numbering, Taxes, Tags and Modules, in their order")
                .containsExactly("setup-company", "setup-email-templates", "setup-users", "setup-roles",
                        "setup-numbering", "setup-taxes", "setup-tags", "setup-modules");
        assertThat(page.select("nav#main-menu > a").eachAttr("data-menu"))
                .as("business entries stay outside the group").contains("third-parties")
                .noneMatch(key -> key.startsWith("setup-"));
        assertThat(page.select("[aria-current=page]").eachAttr("data-menu"))
                .as("exactly the current page's entry").containsExactly("setup-users");
    }

    @Test
    void aRecordBelowAnEntryMarksThatEntryAndNoSetupGroup() throws Exception {
        Document page = page("/third-parties/new", owner, Locale.ENGLISH);

        assertThat(page.select("[aria-current=page]").eachAttr("data-menu")).containsExactly("third-parties");
        assertThat(page.selectFirst("details[data-menu-group=setup] > summary").hasClass("current")).isFalse();
    }

    @Test
    void aMemberWhoMaySetNothingUpHasNoSetupGroup() throws Exception {
        MockHttpSession member = api.session(acme, acme.member().email(), TestTenant.PASSWORD);

        Document page = page("/third-parties", member, Locale.ENGLISH);

        assertThat(page.select("details[data-menu-group=setup]")).isEmpty();
        assertThat(page.select("nav#main-menu a").eachAttr("data-menu")).contains("third-parties");
    }

    @Test
    void menuLabelsAndTheSkipLinkComeFromTheBundles() throws Exception {
        mvc.perform(post("/t/" + acme.slug() + "/profile").session(owner).with(csrf())
                .param("displayName", "Olivia").param("language", "fr"));
        Document page = page("/setup/users", owner, Locale.ENGLISH);

        assertThat(page.selectFirst("a.skip-link").text()).isEqualTo("Aller au contenu");
        assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#content");
        assertThat(page.getElementById("content")).as("the skip link's target").isNotNull();
        assertThat(page.selectFirst("details[data-menu-group=setup] > summary").text()).isEqualTo("Configuration");
        assertThat(List.of(page.selectFirst("[data-menu=setup-company]").text(),
                page.selectFirst("[data-menu=third-parties]").text())).containsExactly("Société", "Tiers");
    }

    @Test
    @ResourceLock("browser")
    void inABrowserTheSetupGroupOpensAndAPhoneFoldsTheMenuWithNothingOffScreen() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD)
                    .go("/t/" + acme.slug() + "/third-parties");
            assertThat(browser.driver().findElement(By.cssSelector("[data-menu=setup-users]")).isDisplayed())
                    .as("the Setup group is closed until asked").isFalse();
            browser.click(By.cssSelector("[data-menu-group=setup] > summary")).click(By.cssSelector("[data-menu=setup-users]"));
            assertThat(browser.path()).isEqualTo("/t/" + acme.slug() + "/setup/users");

            browser.phone(390, 844);
            for (String path : List.of("/third-parties", "/third-parties/new", "/setup/users", "/setup/company",
                    "/setup/numbering", "/setup/modules", "/profile/tokens")) {
                browser.go("/t/" + acme.slug() + path);
                assertThat(browser.viewportWidth()).as("laid out for a phone").isEqualTo(390);
                assertThat(browser.horizontalOverflow()).as("%s at 390 px scrolls sideways by", path).isZero();
            }
            assertThat(browser.driver().findElement(By.id("main-menu")).isDisplayed())
                    .as("a phone's menu is folded behind its button").isFalse();
            browser.click(By.cssSelector(".menu-toggle"));
            assertThat(browser.driver().findElement(By.id("menu-fold")).getAttribute("open"))
                    .as("the menu's details opened by its button").isNotNull();
            browser.click(By.cssSelector("[data-menu=third-parties]"));
            assertThat(browser.path()).isEqualTo("/t/" + acme.slug() + "/third-parties");
        }
    }

    private Document page(String path, MockHttpSession session, Locale locale) throws Exception {
        String html = mvc.perform(get("/t/" + acme.slug() + path).session(session).locale(locale))
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
