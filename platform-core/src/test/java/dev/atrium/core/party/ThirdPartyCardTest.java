package dev.atrium.core.party;

import static dev.atrium.core.party.ThirdPartyClient.API;
import static dev.atrium.core.party.ThirdPartyClient.party;
import static dev.atrium.core.test.Problems.invalid;
import static dev.atrium.core.test.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** The third party's card: its contacts and addresses edited in place, through the pages and the API alike. */
@PlatformTest
class ThirdPartyCardTest {

    private static final String CORK = "{\"kind\":\"SHIPPING\",\"line1\":\"9 Quay St\",\"city\":\"Cork\",\"country\":\"IE\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

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
    void aContactChangedMeanwhileIsNeitherOverwrittenNorRemovedUnseen() throws Exception {
        long id = api.create(party("Versioned", "\"contacts\":[{\"name\":\"Ann\"}]"));
        String contact = API + "/" + id + "/contacts/" + contactId(id);

        api.put(contact, "{\"version\":0,\"name\":\"Ann Smith\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        problem(api.put(contact, "{\"version\":0,\"name\":\"Ann Jones\"}"), 409);
        invalid(api.put(contact, "{\"name\":\"No Version\"}"), "version");
        problem(api.delete(contact + "?version=0"), 409);
        api.get(API + "/" + id).andExpect(jsonPath("$.contacts[*].name", contains("Ann Smith")));

        api.delete(contact + "?version=1").andExpect(status().isNoContent());
        api.get(API + "/" + id).andExpect(jsonPath("$.contacts", hasSize(0)));
    }

    @Test
    void anAddressChangedMeanwhileIsNeitherOverwrittenNorRemovedUnseen() throws Exception {
        long id = api.create(party("Addressed", "\"addresses\":[" + CORK + "]"));
        String address = API + "/" + id + "/addresses/" + addressId(id);

        api.put(address, CORK.replace("{", "{\"version\":0,").replace("Cork", "Dublin")).andExpect(status().isOk())
                .andExpect(jsonPath("$.city").value("Dublin"));
        problem(api.put(address, CORK.replace("{", "{\"version\":0,").replace("Cork", "Galway")), 409);
        invalid(api.put(address, CORK.replace("{", "{\"version\":1,").replace("\"IE\"", "\"Ireland\"")), "country");
        problem(api.delete(address + "?version=0"), 409);
        api.get(API + "/" + id).andExpect(jsonPath("$.addresses[*].city", contains("Dublin")));
        api.delete(address + "?version=1").andExpect(status().isNoContent());
    }

    @Test
    void aWithdrawnCurrencyOrAMetalIsRefusedAndCurrentOnesAreOfferedByName() throws Exception {
        invalid(api.post(API, party("Francs", "\"currency\":\"FRF\"")), "currency");
        invalid(api.post(API, party("Gold", "\"currency\":\"XAU\"")), "currency");
        long id = api.create(party("Euros", "\"currency\":\"EUR\""));

        Document form = page(pages + "/new");
        List<String> currencies = form.select("select[name=currency] option").eachAttr("value");
        assertThat(currencies).as("currencies offered").contains("EUR", "USD", "CHF", "XOF")
                .doesNotContain("FRF", "DEM", "XAU", "XTS", "XXX");
        assertThat(form.selectFirst("select[name=currency] option[value=EUR]").text()).isEqualTo("EUR · Euro");
        assertThat(page(pages + "/" + id).getElementById("party-currency").text()).isEqualTo("EUR · Euro");
    }

    @Test
    void countriesAreNamedAndSortedInTheReadersLanguage() throws Exception {
        assertThat(countries(page(pages + "/new"))).as("in English").containsSubsequence("Austria", "Belgium",
                "Germany", "Ireland", "United Kingdom");

        member.post("/t/" + acme.slug() + "/profile", "displayName", "Marie", "language", "fr");
        Document form = page(pages + "/new");
        assertThat(countries(form)).as("in French, accents sorted as French sorts them")
                .containsSubsequence("Allemagne", "Autriche", "Belgique", "Égypte", "Irlande", "Royaume-Uni");
        assertThat(form.select("select[name=kind] option").eachText()).containsExactly("société", "particulier");
        assertThat(form.selectFirst("select[name=paymentTerms] option[value=NET_30]").text()).isEqualTo("30 jours");
        long id = api.create(party("Lisible", "\"addresses\":[" + CORK + "]"));
        Element row = page(pages + "/" + id).getElementById("address-" + addressId(id));
        assertThat(List.of(row.child(0).text(), row.selectFirst(".country").text()))
                .as("an address's kind and country on the card").containsExactly("livraison", "Irlande");
    }

    @Test
    void aNewAddressStartsInTheCompanysCountry() throws Exception {
        company("en");
        assertThat(selectedCountry(page(pages + "/new"))).as("a company whose locale names no country").isNull();

        company("fr-BE");
        assertThat(selectedCountry(page(pages + "/new"))).isEqualTo("BE");
        long id = api.create(party("Local", ""));
        assertThat(page(pages + "/" + id).selectFirst("#address-form select[name=country] option[selected]").val())
                .isEqualTo("BE");

        api.put("/api/v1/company", "{\"name\":\"Acme\",\"defaultCurrency\":\"EUR\",\"locale\":\"fr\","
                + "\"country\":\"CH\",\"timeZone\":\"Europe/Zurich\",\"fiscalYearMonth\":1,\"fiscalYearDay\":1}")
                .andExpect(status().isOk());
        assertThat(selectedCountry(page(pages + "/new"))).as("the country chosen under Setup > Company")
                .isEqualTo("CH");
    }

    @Test
    void theCreateFormTakesAnAddressAndLeavesOutAnEmptyOne() throws Exception {
        member.post(pages, "kind", "COMPANY", "name", "With Address", "addresses[0].kind", "BILLING",
                "addresses[0].line1", "3 Rue Haute", "addresses[0].postalCode", "1000", "addresses[0].city",
                "Bruxelles", "addresses[0].country", "BE").andExpect(redirectedUrlPattern(pages + "/*"));
        member.post(pages, "kind", "COMPANY", "name", "Without Address", "addresses[0].kind", "BILLING",
                "addresses[0].line1", "", "addresses[0].city", "", "addresses[0].country", "BE")
                .andExpect(redirectedUrlPattern(pages + "/*"));

        Document halfTyped = Jsoup.parse(member.post(pages, "kind", "COMPANY", "name", "Half Address",
                "addresses[0].kind", "BILLING", "addresses[0].line1", "5 Main St", "addresses[0].city", "",
                "addresses[0].country", "").andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(halfTyped.getElementById("addresses0.city").attr("aria-invalid")).isEqualTo("true");
        assertThat(halfTyped.getElementById("addresses0.country").attr("aria-invalid")).isEqualTo("true");
        assertThat(halfTyped.getElementById("addresses0.line1").val()).as("what was typed").isEqualTo("5 Main St");

        api.get(API + "?q=address&sort=name").andExpect(jsonPath("$.items[*].name",
                contains("With Address", "Without Address")));
        long with = ((Number) JsonPath.read(api.body(API + "?q=with%20address"), "$.items[0].id")).longValue();
        api.get(API + "/" + with).andExpect(jsonPath("$.addresses[0].city").value("Bruxelles"))
                .andExpect(jsonPath("$.addresses[0].postalCode").value("1000"));
    }

    @Test
    void aContactIsEditedOnItsOwnPageAndAStaleFormIsRefusedWithWhatWasTyped() throws Exception {
        long id = api.create(party("Edited", "\"contacts\":[{\"name\":\"Ann\",\"email\":\"ann@edited.test\"}]"));
        long contact = contactId(id);
        String detail = pages + "/" + id;

        Document card = page(detail);
        Element row = card.getElementById("contact-" + contact);
        assertThat(row.selectFirst("a.edit-contact").attr("href")).isEqualTo(detail + "/contacts/" + contact + "/edit");
        assertThat(row.selectFirst("a[href^=mailto:]").attr("href")).isEqualTo("mailto:ann@edited.test");
        Document edit = page(detail + "/contacts/" + contact + "/edit");
        assertThat(edit.getElementById("name").val()).isEqualTo("Ann");
        assertThat(edit.getElementById("version").val()).isEqualTo("0");

        member.post(detail + "/contacts/" + contact, "version", "0", "name", "Ann Smith", "phone", "+353 1 234 5678",
                "primary", "true").andExpect(redirectedUrl(detail));
        api.get(API + "/" + id).andExpect(jsonPath("$.contacts[0].name").value("Ann Smith"))
                .andExpect(jsonPath("$.contacts[0].primary").value(true));
        assertThat(page(detail).getElementById("contact-" + contact).selectFirst("a[href^=tel:]").attr("href"))
                .isEqualTo("tel:+35312345678");

        Document stale = Jsoup.parse(member.post(detail + "/contacts/" + contact, "version", "0", "name", "Ann Jones")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(stale.getElementById("contact-refusal")).as("the refusal").isNotNull();
        assertThat(stale.getElementById("name").val()).isEqualTo("Ann Jones");
        Document invalid = Jsoup.parse(member.post(detail + "/contacts/" + contact, "version", "1", "name", "",
                "email", "nope").andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(invalid.select(".field-error").eachText()).hasSize(2);
        api.get(API + "/" + id).andExpect(jsonPath("$.contacts[0].name").value("Ann Smith"));

        member.get(pages + "/" + id + "/contacts/999999999999/edit").andExpect(status().isNotFound());
    }

    @Test
    void anAddressIsEditedOnItsOwnPageAndRemovedOnlyOnceConfirmed() throws Exception {
        long id = api.create(party("Moved", "\"addresses\":[" + CORK + "]"));
        long address = addressId(id);
        String detail = pages + "/" + id;

        Document edit = page(detail + "/addresses/" + address + "/edit");
        assertThat(edit.getElementById("city").val()).isEqualTo("Cork");
        assertThat(edit.selectFirst("select#country option[selected]").val()).isEqualTo("IE");
        member.post(detail + "/addresses/" + address, "version", "0", "kind", "BILLING", "line1", "1 Grand Parade",
                "city", "Cork", "country", "IE").andExpect(redirectedUrl(detail));
        api.get(API + "/" + id).andExpect(jsonPath("$.addresses[0].line1").value("1 Grand Parade"))
                .andExpect(jsonPath("$.addresses[0].kind").value("BILLING"));

        Element row = page(detail).getElementById("address-" + address);
        assertThat(row.selectFirst(".country").text()).isEqualTo("Ireland");
        Element confirm = row.selectFirst("details.confirm form");
        assertThat(confirm).as("removing asks first, inside a closed details").isNotNull();
        assertThat(confirm.text()).contains("1 Grand Parade, Cork");
        assertThat(confirm.selectFirst("input[name=version]").val()).isEqualTo("1");

        Document stale = Jsoup.parse(member.post(detail + "/addresses/" + address + "/delete", "version", "0")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(stale.getElementById("card-refusal")).as("a removal of what changed meanwhile is refused")
                .isNotNull();
        api.get(API + "/" + id).andExpect(jsonPath("$.addresses", hasSize(1)));
        member.post(detail + "/addresses/" + address + "/delete", "version", "1").andExpect(redirectedUrl(detail));
        api.get(API + "/" + id).andExpect(jsonPath("$.addresses", hasSize(0)));
    }

    @Test
    void aWebsiteLinksOnlyOverHttpAndOpensWithoutTellingWhereItCameFrom() throws Exception {
        long id = api.create(party("Webbed", "\"website\":\"https://webbed.test/a?b=c\""));
        Element link = page(pages + "/" + id).getElementById("party-website");
        assertThat(link.attr("href")).isEqualTo("https://webbed.test/a?b=c");
        assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
        invalid(api.post(API, party("Scripted", "\"website\":\"javascript:alert(1)\"")), "website");
    }

    private void company(String locale) throws Exception {
        api.put("/api/v1/company", "{\"name\":\"Acme\",\"defaultCurrency\":\"EUR\",\"locale\":\"" + locale
                + "\",\"timeZone\":\"Europe/Brussels\",\"fiscalYearMonth\":1,\"fiscalYearDay\":1}")
                .andExpect(status().isOk());
    }

    @Test
    @ResourceLock("browser")
    void inABrowserAContactIsEditedAndRemovedOnlyOnceTheRemovalIsConfirmed() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        long id = api.create(party("Browsed", "\"contacts\":[{\"name\":\"Ann\"},{\"name\":\"Bob\"}]"));
        String detail = pages + "/" + id;
        try (Browser browser = Browser.open(port)) {
            browser.signIn(acme.slug(), acme.member().email(), TestTenant.PASSWORD).go(detail);
            browser.click(By.cssSelector("#contacts tr:first-child a.edit-contact"))
                    .type(By.id("jobTitle"), "Buyer").clickAndWaitFor(By.id("save"), detail);
            assertThat(browser.text(By.id("contacts"))).contains("Buyer");

            By bob = By.xpath("//table[@id='contacts']//tr[contains(., 'Bob')]");
            assertThat(browser.driver().findElement(bob).findElement(By.cssSelector(".confirm-remove")).isDisplayed())
                    .as("the removal's button waits behind its question").isFalse();
            browser.driver().findElement(bob).findElement(By.cssSelector("summary.remove-contact")).click();
            assertThat(browser.driver().findElement(bob).findElement(By.cssSelector(".confirm-box")).getText())
                    .contains("Remove Bob from the contacts?");
            browser.driver().findElement(bob).findElement(By.cssSelector(".confirm-remove")).click();
            browser.await(driver -> !driver.findElement(By.id("contacts")).getText().contains("Bob"));
            assertThat(browser.text(By.id("contacts"))).contains("Ann");
            assertThat(browser.contentSecurityPolicyViolations()).as("refusals in the console").isEmpty();
        }
        api.get(API + "/" + id).andExpect(jsonPath("$.contacts[*].name", contains("Ann")));
    }

    private long contactId(long party) throws Exception {
        return ((Number) JsonPath.read(api.body(API + "/" + party), "$.contacts[0].id")).longValue();
    }

    private long addressId(long party) throws Exception {
        return ((Number) JsonPath.read(api.body(API + "/" + party), "$.addresses[0].id")).longValue();
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(member.html(url));
    }

    private static List<String> countries(Document page) {
        return page.select("#addresses0\\.country option").eachText().stream().skip(1).toList();
    }

    private static String selectedCountry(Document page) {
        Element selected = page.selectFirst("#addresses0\\.country option[selected]");
        return selected == null || selected.val().isEmpty() ? null : selected.val();
    }
}
