package dev.atrium.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.core.web.Menu;
import dev.atrium.core.web.MenuLink;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@PlatformTest
class ThirdPartyPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    Menu menu;

    @LocalServerPort
    int port;

    TestTenant acme;
    String pages;

    @BeforeEach
    void newTenant() {
        acme = tenants.create("Acme");
        pages = "/t/" + acme.slug() + "/third-parties";
    }

    @Test
    void aMemberCreatesAThirdPartyThroughTheFormAndFindsItInTheList() throws Exception {
        MockHttpSession session = signInAsMember();
        mvc.perform(get(pages + "/new").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")));

        mvc.perform(post(pages).session(session).with(csrf())
                        .param("kind", "COMPANY").param("name", "Form Made Ltd").param("salesRelation", "CUSTOMER")
                        .param("supplier", "true").param("paymentTerms", "NET_30").param("currency", "")
                        .param("code", "").param("email", ""))
                .andExpect(redirectedUrlPattern(pages + "/*"));

        mvc.perform(get(pages).param("q", "form made").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Form Made Ltd")))
                .andExpect(content().string(containsString("C00001")))
                .andExpect(content().string(containsString("data-menu=\"third-parties\"")));
    }

    @Test
    void anInvalidFormComesBackWithMessagesNextToTheFieldsAndWhatWasTyped() throws Exception {
        mvc.perform(post(pages).session(signInAsMember()).with(csrf())
                        .param("kind", "COMPANY").param("name", "Kept Name").param("email", "not an email")
                        .param("taxId", "123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Kept Name\"")))
                .andExpect(content().string(containsString("value=\"not an email\"")))
                .andExpect(content().string(containsString("must be a well-formed email address")))
                .andExpect(content().string(containsString("must start with a two-letter country code")));
        new ThirdPartyClient(mvc, acme).get(ThirdPartyClient.API + "?q=Kept")
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.items")
                        .isEmpty());
    }

    @Test
    void theDetailPageAddsAndRemovesContactsAndAddressesAndArchivingAsksFirstAndCanBeUndone() throws Exception {
        MockHttpSession session = signInAsMember();
        long id = new ThirdPartyClient(mvc, acme).create(ThirdPartyClient.party("Detailed", ""));
        String detail = pages + "/" + id;

        mvc.perform(post(detail + "/contacts").session(session).with(csrf()).param("name", "Nina North")
                .param("primary", "true")).andExpect(redirectedUrl(detail));
        mvc.perform(post(detail + "/addresses").session(session).with(csrf()).param("kind", "SHIPPING")
                .param("line1", "9 Quay St").param("city", "Cork").param("country", "IE"))
                .andExpect(redirectedUrl(detail));
        mvc.perform(post(detail + "/contacts").session(session).with(csrf()).param("name", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name: must not be blank")));
        mvc.perform(get(detail).session(session))
                .andExpect(content().string(containsString("Nina North")))
                .andExpect(content().string(containsString("9 Quay St")));

        mvc.perform(get(detail + "/archive").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span>Archive</span> <span>Detailed</span>?")));
        mvc.perform(post(detail + "/archive").session(session).with(csrf())).andExpect(redirectedUrl(detail));
        mvc.perform(get(detail).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"restore\"")))
                .andExpect(content().string(not(containsString("id=\"edit\""))));
        mvc.perform(get(pages).session(session)).andExpect(content().string(not(containsString("Detailed"))));
        mvc.perform(get(pages).param("status", "ARCHIVED").session(session))
                .andExpect(content().string(containsString("Detailed")));

        mvc.perform(get(detail + "/restore").session(session))
                .andExpect(content().string(containsString("<span>Restore</span> <span>Detailed</span>?")));
        mvc.perform(post(detail + "/restore").session(session).with(csrf())).andExpect(redirectedUrl(detail));
        mvc.perform(get(pages).session(session)).andExpect(content().string(containsString("Detailed")));
    }

    @Test
    void anEditWithAStaleVersionSaysSomeoneElseChangedIt() throws Exception {
        ThirdPartyClient api = new ThirdPartyClient(mvc, acme);
        long id = api.create(ThirdPartyClient.party("Edited Twice", ""));
        api.put(ThirdPartyClient.API + "/" + id, ThirdPartyClient.party("Edited Once", "\"version\":0"));

        mvc.perform(post(pages + "/" + id).session(signInAsMember()).with(csrf())
                        .param("version", "0").param("kind", "COMPANY").param("name", "Edited Again"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this")))
                .andExpect(content().string(containsString("value=\"Edited Again\"")));
    }

    @Test
    void theExportLinkKeepsTheListsFilters() throws Exception {
        mvc.perform(get(pages).param("q", "x y").param("relation", "supplier").session(signInAsMember()))
                .andExpect(content().string(containsString("/export.csv?q=x%20y&amp;relation=supplier")));
        mvc.perform(get(pages + "/export.csv").session(signInAsMember()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
    }

    @Test
    void aUserWithoutThirdPartyPermissionsIsRefusedAndSeesNoMenuEntry() throws Exception {
        var withoutPermissions = authentication(new UsernamePasswordAuthenticationToken(acme.member(), null,
                List.of()));
        mvc.perform(get(ThirdPartyClient.API).with(withoutPermissions)).andExpect(status().isForbidden());
        mvc.perform(get(pages).with(withoutPermissions)).andExpect(status().isForbidden());
        assertThat(menu.of(acme.member())).as("a member's menu, from the role's permissions")
                .extracting(MenuLink::key).contains("third-parties");
    }

    @Test
    @ResourceLock("browser")
    void inABrowserAUserCreatesAThirdPartyAndFindsItWithTheSearchBox() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(acme.slug(), acme.member().email(), TestTenant.PASSWORD)
                    .click(By.cssSelector("[data-menu=third-parties]"))
                    .click(By.id("new-third-party"))
                    .type(By.id("name"), "Browser Made Bakery")
                    .type(By.id("email"), "hello@browser-made.test")
                    .click(By.id("save"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Browser Made Bakery");

            browser.go("/t/" + acme.slug() + "/third-parties").type(By.id("q"), "browser made").click(By.id("search"));
            assertThat(browser.text(By.id("third-parties"))).contains("Browser Made Bakery").contains("C00001");
            assertThat(browser.path()).contains("q=browser");
        }
    }

    @Test
    void theListPageLinksToTheNextAndPreviousPagesKeepingFiltersAndSort() throws Exception {
        ThirdPartyClient api = new ThirdPartyClient(mvc, acme);
        for (String name : List.of("Pa One", "Pa Two", "Pa Three", "Other")) {
            api.create(ThirdPartyClient.party(name, "\"salesRelation\":\"CUSTOMER\""));
        }
        MockHttpSession session = signInAsMember();

        String first = html(session, pages + "?q=pa&sort=-name&size=2");
        assertThat(first).contains("Pa Two", "Pa Three").doesNotContain("Pa One", "Other", "id=\"previous-page\"");
        String next = link(first, "next-page");
        assertThat(next).contains("q=pa", "sort=-name", "size=2", "after=");

        String second = html(session, next);
        assertThat(second).contains("Pa One").doesNotContain("Pa Two", "Other", "id=\"next-page\"");

        String back = html(session, link(second, "previous-page"));
        assertThat(back).contains("Pa Two", "Pa Three").doesNotContain("Pa One");
    }

    @Test
    void aCursorFromAnotherSortSentToThePageIsABadRequest() throws Exception {
        ThirdPartyClient api = new ThirdPartyClient(mvc, acme);
        api.create(ThirdPartyClient.party("One", ""));
        api.create(ThirdPartyClient.party("Two", ""));
        String byCode = JsonPath.read(api.get(ThirdPartyClient.API + "?sort=code&size=1").andReturn().getResponse()
                .getContentAsString(), "$.next");
        mvc.perform(get(pages).param("sort", "name").param("after", byCode)
                .session(signInAsMember())).andExpect(status().isBadRequest());
    }

    @Test
    void craftedCursorsOnTheListPageAreARefusalPageNotAFailure() throws Exception {
        MockHttpSession session = signInAsMember();
        for (String cursor : List.of("bnVsbA", base64url("{\"sort\":\"createdAt\",\"keys\":{\"createdAt\":"
                + "\"+999999999-12-31T23:59:59.999999999Z\",\"id\":\"1\"}}"), base64url("{\"sort\":\"createdAt\","
                + "\"keys\":{\"createdAt\":\"-999999999-01-01T00:00:00Z\",\"id\":\"1\"}}"))) {
            mvc.perform(get(pages).param("sort", "createdAt").param("after", cursor).session(session))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("after")));
        }
    }

    @Test
    void submittingTheFormOfAThirdPartyTheTenantHasNotIsTheNotFoundPage() throws Exception {
        TestTenant globex = tenants.create("Globex");
        long theirs = new ThirdPartyClient(mvc, globex).create(ThirdPartyClient.party("Theirs", ""));
        MockHttpSession session = signInAsMember();
        for (long id : List.of(theirs, 999_999_999_999L)) {
            mvc.perform(post(pages + "/" + id).session(session).with(csrf())
                            .param("version", "0").param("kind", "COMPANY").param("name", "Taken Over"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("value=\"Taken Over\""))));
            // An invalid form too: its field errors are for a third party the tenant has.
            mvc.perform(post(pages + "/" + id).session(session).with(csrf())
                            .param("version", "0").param("kind", "COMPANY").param("name", ""))
                    .andExpect(status().isNotFound());
        }
        new ThirdPartyClient(mvc, globex).get(ThirdPartyClient.API + "/" + theirs)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.name")
                        .value("Theirs"));
    }

    private static String base64url(String text) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String html(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(java.net.URI.create(url)).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String link(String html, String id) {
        Matcher anchor = Pattern.compile("<a [^>]*id=\"" + id + "\"[^>]*>").matcher(html);
        assertThat(anchor.find()).as("a link with id %s", id).isTrue();
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(anchor.group());
        assertThat(href.find()).as("the link %s has an href", id).isTrue();
        return HtmlUtils.htmlUnescape(href.group(1));
    }


    private MockHttpSession signInAsMember() throws Exception {
        return (MockHttpSession) mvc.perform(post("/t/" + acme.slug() + "/login").with(csrf())
                        .param("email", acme.member().email()).param("password", TestTenant.PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
