package dev.atrium.core.party;

import static dev.atrium.core.party.ThirdPartyClient.API;
import static dev.atrium.core.party.ThirdPartyClient.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.core.web.Menu;
import dev.atrium.core.web.MenuLink;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

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
    ThirdPartyClient api;
    PageSession member;
    String pages;

    @BeforeEach
    void newTenant() throws Exception {
        acme = tenants.create("Acme");
        api = new ThirdPartyClient(mvc, acme);
        member = PageSession.member(mvc, acme);
        pages = "/t/" + acme.slug() + "/third-parties";
    }

    @Test
    void aMemberCreatesAThirdPartyThroughTheFormAndFindsItInTheList() throws Exception {
        member.get(pages + "/new").andExpect(status().isOk()).andExpect(shows("name=\"_csrf\""))
                .andExpect(shows("type=\"email\"")).andExpect(shows("maxlength=\"254\""))
                .andExpect(shows("placeholder=\"https://\"")).andExpect(shows(">Company default</option>"));
        member.post(pages, "kind", "COMPANY", "name", "Form Made Ltd", "salesRelation", "CUSTOMER", "supplier", "true",
                "paymentTerms", "NET_30", "currency", "", "code", "", "email", "")
                .andExpect(redirectedUrlPattern(pages + "/*"));
        member.get(pages + "?q=form%20made").andExpect(status().isOk()).andExpect(shows("Form Made Ltd"))
                .andExpect(shows("C00001")).andExpect(shows("data-menu=\"third-parties\""));
    }

    @Test
    void anInvalidFormComesBackWithMessagesNextToTheFieldsAndWhatWasTyped() throws Exception {
        member.post(pages, "kind", "COMPANY", "name", "Kept Name", "email", "not an email", "taxId", "123")
                .andExpect(status().isOk()).andExpect(shows("value=\"Kept Name\""))
                .andExpect(shows("value=\"not an email\"")).andExpect(shows("must be a well-formed email address"))
                .andExpect(shows("must start with a two-letter country code"));
        api.get(API + "?q=Kept").andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void theDetailPageAddsAndRemovesContactsAndAddressesAndArchivingAsksFirstAndCanBeUndone() throws Exception {
        long id = api.create(party("Detailed", ""));
        String detail = pages + "/" + id;
        member.post(detail + "/contacts", "name", "Nina North", "primary", "true").andExpect(redirectedUrl(detail));
        member.post(detail + "/addresses", "kind", "SHIPPING", "line1", "9 Quay St", "city", "Cork", "country", "IE")
                .andExpect(redirectedUrl(detail));
        member.post(detail + "/contacts", "name", "").andExpect(status().isOk())
                .andExpect(shows("name: must not be blank"));
        member.get(detail).andExpect(shows("Nina North")).andExpect(shows("9 Quay St"));
        Number contact = JsonPath.read(api.body(API + "/" + id), "$.contacts[0].id");
        member.post(detail + "/contacts/" + contact + "/delete").andExpect(redirectedUrl(detail));
        // The timeline still tells of the removed contact; the contacts table no longer lists it.
        assertThat(org.jsoup.Jsoup.parse(member.html(detail)).select("#contacts").text()).as("contacts listed")
                .doesNotContain("Nina North");
        member.get(detail).andExpect(shows("9 Quay St"));

        // Archiving is the delete right, which a member does not hold: no button, and the page is refused.
        member.get(detail).andExpect(hides("id=\"archive\"")).andExpect(shows("id=\"edit\""));
        member.get(detail + "/archive").andExpect(status().isForbidden());
        member.post(detail + "/archive").andExpect(status().isForbidden());
        PageSession owner = PageSession.owner(mvc, acme);
        owner.get(detail + "/archive").andExpect(status().isOk())
                .andExpect(shows("<span>Archive</span> <span>Detailed</span>?"));
        owner.post(detail + "/archive").andExpect(redirectedUrl(detail));
        owner.get(detail).andExpect(status().isOk()).andExpect(shows("id=\"restore\""))
                .andExpect(hides("id=\"edit\""));
        member.get(detail).andExpect(hides("id=\"restore\""));
        member.get(pages).andExpect(hides("Detailed"));
        member.get(pages + "?status=ARCHIVED").andExpect(shows("Detailed"));

        owner.get(detail + "/restore").andExpect(shows("<span>Restore</span> <span>Detailed</span>?"));
        owner.post(detail + "/restore").andExpect(redirectedUrl(detail));
        member.get(pages).andExpect(shows("Detailed"));
    }

    @Test
    void theDetailPageLinksEmailPhoneAndTheWebsite() throws Exception {
        long linked = api.create(party("Linked", "\"email\":\"hi@linked.test\",\"phone\":\"+33 1 23\",\"website\":\"https://linked.test\""));
        member.get(pages + "/" + linked).andExpect(shows("href=\"mailto:hi@linked.test\""))
                .andExpect(shows("href=\"tel:+33123\"")).andExpect(shows("href=\"https://linked.test\""))
                .andExpect(shows("rel=\"noopener noreferrer\""));
    }

    @Test
    void anEditWithAStaleVersionSaysSomeoneElseChangedIt() throws Exception {
        long id = api.create(party("Edited Twice", ""));
        api.put(API + "/" + id, party("Edited Once", "\"version\":0"));
        member.get(pages + "/" + id + "/edit").andExpect(status().isOk()).andExpect(shows("value=\"Edited Once\""))
                .andExpect(shows("value=\"1\""));
        member.post(pages + "/" + id, "version", "0", "kind", "COMPANY", "name", "Edited Again")
                .andExpect(status().isOk()).andExpect(shows("Someone else changed this"))
                .andExpect(shows("value=\"Edited Again\""));
    }

    @Test
    void theListCountsPagesBySizeSortsWithArrowsAndHidesArchivedRowsUnlessAskedFor() throws Exception {
        api.create(party("Alpha", ""));
        api.create(party("Bravo", ""));
        long archived = api.create(party("Charlie", ""));
        api.post(API + "/" + archived + "/archive", "").andExpect(status().isOk());

        Document list = Jsoup.parse(member.html(pages + "?size=1"));
        assertThat(list.getElementById("list-count").text()).isEqualTo("2 third parties");
        assertThat(list.select("#third-parties tr")).as("one row per page").hasSize(1);
        assertThat(list.select("#size option[selected]")).as("size 1 is none of the page's choices").isEmpty();
        assertThat(list.select("th[aria-sort=ascending]").text()).as("sorted by name").startsWith("Name ▲");
        assertThat(list.select("th[aria-sort=none]")).as("code and created, sortable").hasSize(2);

        Document descending = Jsoup.parse(member.html(pages + "?sort=-name&size=50"));
        assertThat(descending.select("th[aria-sort=descending]").text()).startsWith("Name ▼");
        assertThat(descending.select("#size option[selected]").text()).isEqualTo("50");
        assertThat(descending.select("#third-parties td:nth-child(3) a").eachText()).containsExactly("Bravo", "Alpha");

        Document all = Jsoup.parse(member.html(pages + "?archived=true"));
        assertThat(all.select("#third-parties td:nth-child(3) a").eachText()).containsExactly("Alpha", "Bravo", "Charlie");
        assertThat(all.getElementById("show-archived").hasAttr("checked")).isTrue();
        assertThat(all.getElementById("list-count").text()).isEqualTo("3 third parties");
    }

    @Test
    void tickedRowsAreArchivedTogetherAndTheListComesBackAsItWas() throws Exception {
        long alpha = api.create(party("Alpha", ""));
        long bravo = api.create(party("Bravo", ""));
        api.create(party("Charlie", ""));

        member.post(pages + "/selection", "action", "archive", "ids", Long.toString(alpha), "back", "?q=a")
                .andExpect(status().isForbidden());
        PageSession owner = PageSession.owner(mvc, acme);
        owner.post(pages + "/selection", "action", "archive", "ids", Long.toString(alpha), "ids",
                        Long.toString(bravo), "back", "?q=a&size=50")
                .andExpect(redirectedUrl(pages + "?q=a&size=50"))
                .andExpect(flash().attribute("noticeCount", 2));
        Document list = Jsoup.parse(member.html(pages));
        assertThat(list.select("#third-parties td:nth-child(3) a").eachText()).containsExactly("Charlie");

        owner.post(pages + "/selection", "action", "archive", "ids", Long.toString(alpha))
                .andExpect(redirectedUrl(pages)).andExpect(flash().attribute("refusal", "partylist.bulk.alreadyArchived"));
        owner.post(pages + "/selection", "action", "archive")
                .andExpect(flash().attribute("refusal", "partylist.bulk.noneSelected"));
        api.get(API + "?archived=true").andExpect(jsonPath("$.count.value").value(3));
    }

    @Test
    void theExportFormKeepsTheListsFiltersAndExportsTheSelectionOrEveryMatch() throws Exception {
        long alpha = api.create(party("Alpha", "\"supplier\":true"));
        api.create(party("Bravo", "\"supplier\":true"));
        api.create(party("Other", ""));

        Document list = Jsoup.parse(member.html(pages + "?q=x%20y&relation=supplier"));
        assertThat(list.select("#bulk input[name=q]").val()).isEqualTo("x y");
        assertThat(list.select("#bulk input[name=relation]").val()).isEqualTo("SUPPLIER");
        assertThat(list.select("#export-picker input[name=fields]")).hasSize(10);

        String every = member.post(pages + "/selection", "action", "export", "relation", "SUPPLIER", "fields", "name",
                        "format", "csv").andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(every.substring(1).split("\r\n")).containsExactly("Name", "Alpha", "Bravo");
        String selected = member.post(pages + "/selection", "action", "export-selected", "ids", Long.toString(alpha),
                        "fields", "code", "fields", "name").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(selected.substring(1).split("\r\n")).containsExactly("Code,Name", "S00001,Alpha");
        member.get(pages + "/export?format=xlsx").andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")));
        member.get(pages + "/export?format=pdf").andExpect(status().isBadRequest());
    }

    @Test
    void aUserWithoutThirdPartyPermissionsIsRefusedAndSeesNoMenuEntry() throws Exception {
        api.post("/api/v1/roles", "{\"name\": \"Nothing\", \"rights\": []}").andExpect(status().isCreated());
        api.put("/api/v1/users/" + acme.member().userId() + "/role", "{\"role\": \"NOTHING\"}")
                .andExpect(status().isOk());
        mvc.perform(get(API).header("Authorization", acme.memberBearer())).andExpect(status().isForbidden());
        member.get(pages).andExpect(status().isForbidden());
        assertThat(menu.of(acme.member())).as("a member's menu, from the role's rights")
                .extracting(MenuLink::key).contains("third-parties");
        assertThat(menu.of(acme.member().now("Acme Member", "NOTHING", java.util.Set.of())))
                .as("the menu of a role without rights").extracting(MenuLink::key).doesNotContain("third-parties");
    }

    @Test
    @ResourceLock("browser")
    void inABrowserAUserCreatesAThirdPartyAndFindsItWithTheSearchBox() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(acme.slug(), acme.member().email(), TestTenant.PASSWORD)
                    .click(By.cssSelector("[data-menu=third-parties]")).click(By.id("new-third-party"))
                    .type(By.id("name"), "Browser Made Bakery").type(By.id("email"), "hello@browser-made.test")
                    .click(By.id("save"));
            // Each click returns before its page lands: wait for it, or the text read is the old page's.
            browser.await(driver -> browser.path().matches(".*/third-parties/\\d+$"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Browser Made Bakery");

            browser.go(pages).type(By.id("q"), "browser made").clickAndWaitFor(By.id("search"), "q=browser");
            assertThat(browser.text(By.id("third-parties"))).contains("Browser Made Bakery").contains("C00001");
            assertThat(browser.path()).contains("q=browser");
        }
    }

    @Test
    @ResourceLock("browser")
    void inABrowserASearchIgnoringAccentsFindsRowsThatSelectAllTicksAndAnOwnerArchivesThem() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        api.create(party("Pharmacie Saint-Roch", "\"email\":\"desk@saint-roch.test\""));
        api.create(party("Café Saint Roch", "\"salesRelation\":\"CUSTOMER\""));
        api.create(party("Boulangerie Dupont", ""));
        try (Browser browser = Browser.open(port)) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
            // Archiving is the delete right, which the owner holds and a member does not.
            browser.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD)
                    .go(pages).type(By.id("q"), "saint roch").clickAndWaitFor(By.id("search"), "q=saint");
            assertThat(browser.text(By.id("list-count"))).isEqualTo("2 third parties");
            assertThat(browser.text(By.id("third-parties"))).contains("Pharmacie Saint-Roch", "Café Saint Roch")
                    .doesNotContain("Dupont");
            screenshot(browser, "party-list-1366");

            browser.click(By.id("select-all"));
            assertThat(browser.driver().findElements(By.cssSelector("input[name=ids]:checked")))
                    .as("every row of the page ticked").hasSize(2);
            browser.click(By.id("archive-selected"));
            assertThat(browser.text(By.id("list-notice"))).isEqualTo("2 third parties archived.");
            assertThat(browser.text(By.id("third-parties"))).contains("No third party matches.");

            browser.go(pages);
            assertThat(browser.text(By.id("third-parties"))).contains("Boulangerie Dupont").doesNotContain("Roch");
            browser.phone(390, 844).go(pages + "?archived=true");
            assertThat(browser.horizontalOverflow()).as("the list at 390 px, nothing off-screen").isZero();
            screenshot(browser, "party-list-390");
        }
        api.get(API + "?status=ARCHIVED").andExpect(jsonPath("$.count.value").value(2));
    }

    /** Kept under target/screenshots, to look at the page as a person sees it. */
    private static void screenshot(Browser browser, String name) throws java.io.IOException {
        java.nio.file.Path directory = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(directory);
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser.driver())
                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        java.nio.file.Files.write(directory.resolve(name + ".png"), png);
    }

    @Test
    void submittingTheFormOfAThirdPartyTheTenantHasNotIsTheNotFoundPage() throws Exception {
        ThirdPartyClient globex = new ThirdPartyClient(mvc, tenants.create("Globex"));
        long theirs = globex.create(party("Theirs", ""));
        for (long id : List.of(theirs, 999_999_999_999L)) {
            member.post(pages + "/" + id, "version", "0", "kind", "COMPANY", "name", "Taken Over")
                    .andExpect(status().isNotFound()).andExpect(hides("value=\"Taken Over\""));
            // An invalid form too: its field errors are for a third party the tenant has.
            member.post(pages + "/" + id, "version", "0", "kind", "COMPANY", "name", "")
                    .andExpect(status().isNotFound());
        }
        globex.get(API + "/" + theirs).andExpect(jsonPath("$.name").value("Theirs"));
    }

    private static ResultMatcher shows(String text) {
        return content().string(containsString(text));
    }

    private static ResultMatcher hides(String text) {
        return content().string(not(containsString(text)));
    }
}
