package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.Browser;
import dev.atrium.core.test.TestTenant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Every page of the assembled application in a real Chromium laid out as a 390 px phone: nothing reaches past
 * the screen's edge (a list scrolls inside its own box or turns into cards), and the menu folds behind its
 * button, which opens it without script. Screenshots of each page at 390 and 1366 px land in
 * {@code target/screenshots} to be looked at.
 */
@ResourceLock("browser")
class PhoneLayoutBrowserTest extends AssembledApplicationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Test
    void onAPhoneNoPageIsWiderThanTheScreenAndTheMenuFoldsBehindItsButton() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        TestTenant acme = tenants.create("Acme");
        Map<String, String> ids = aThirdPartyWithContactsAndAddresses(acme);
        List<String> pages = endpoints(pattern -> pattern.startsWith("/t/{slug}") && !pattern.endsWith("/login")
                && !pattern.startsWith("/t/{slug}/password/") && !pattern.endsWith(".csv")
                && !pattern.contains("/logo")).stream()
                .filter(endpoint -> endpoint.method() == RequestMethod.GET).map(Endpoint::pattern).distinct()
                .map(pattern -> withIds(pattern, acme.slug(), ids)).toList();

        try (Browser browser = Browser.open(port)) {
            browser.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD);
            browser.phone(390, 844);
            SoftAssertions phone = new SoftAssertions();
            for (String page : pages) {
                browser.go(page);
                browser.screenshot(SCREENSHOTS.resolve("390" + fileName(page)));
                phone.assertThat(browser.viewportWidth()).as("%s laid out for a phone", page).isEqualTo(390);
                phone.assertThat(browser.fitsTheWindow()).as("%s at 390 px: scrollWidth <= innerWidth", page).isTrue();
                phone.assertThat(browser.horizontalOverflow()).as("%s at 390 px scrolls sideways by", page).isZero();
                phone.assertThat(browser.elementsWiderThanTheViewport())
                        .as("%s at 390 px: elements past the edge", page).isEmpty();
            }
            phone.assertAll();

            browser.go("/t/" + acme.slug() + "/third-parties/" + ids.get("id"));
            WebElement menu = browser.driver().findElement(By.id("main-menu"));
            assertThat(menu.isDisplayed()).as("a phone's menu is folded behind its button").isFalse();
            browser.click(By.cssSelector("#menu-fold > summary.menu-toggle"));
            assertThat(menu.isDisplayed()).as("the button unfolds the menu").isTrue();
            assertThat(browser.elementsWiderThanTheViewport()).as("the unfolded menu's elements past the edge")
                    .isEmpty();
            browser.screenshot(SCREENSHOTS.resolve("390-menu-open.png"));
            browser.click(By.cssSelector("[data-menu=third-parties]"));
            assertThat(browser.path()).isEqualTo("/t/" + acme.slug() + "/third-parties");

            browser.desktop(1366, 900);
            for (String page : pages) {
                browser.go(page);
                assertThat(browser.driver().findElement(By.id("main-menu")).isDisplayed())
                        .as("%s at 1366 px shows the menu unfolded", page).isTrue();
                assertThat(browser.driver().findElement(By.id("menu-fold")).findElements(By.cssSelector(
                        "summary.menu-toggle")).getFirst().isDisplayed()).as("and no Menu button").isFalse();
                assertThat(browser.horizontalOverflow()).as("%s at 1366 px scrolls sideways by", page).isZero();
                browser.screenshot(SCREENSHOTS.resolve("1366" + fileName(page)));
            }
            assertThat(browser.contentSecurityPolicyViolations()).as("refusals in the console").isEmpty();
        }
    }

    /** A party with two contacts, two addresses, long values and a note, so its card has all it can show. */
    private Map<String, String> aThirdPartyWithContactsAndAddresses(TestTenant tenant) throws Exception {
        String created = mvc.perform(post("/api/v1/third-parties").header("Authorization", tenant.bearer())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"COMPANY","name":"Établissements Longuenom-Saint-Rémy et Associés Internationaux",
                         "email":"comptabilite.fournisseurs@longuenom-saint-remy-associes.example",
                         "phone":"+33 1 23 45 67 89","website":"https://www.longuenom-saint-remy-associes.example/contact",
                         "taxId":"FR40303265045","notes":"Livraisons le matin uniquement.",
                         "contacts":[{"name":"Marie-Claire Dupont-Lefèvre","jobTitle":"Directrice administrative et financière",
                                      "email":"marie-claire.dupont-lefevre@longuenom-saint-remy-associes.example",
                                      "phone":"+33 6 12 34 56 78","primary":true},
                                     {"name":"Jean Martin","email":"jean@example.com"}],
                         "addresses":[{"kind":"BILLING","line1":"12 avenue des Champs-Élysées, bâtiment B, 3e étage",
                                       "postalCode":"75008","city":"Paris","country":"FR"},
                                      {"kind":"SHIPPING","line1":"Zone industrielle des Grands Champs","city":"Lyon",
                                       "country":"FR"}]}""")).andReturn().getResponse().getContentAsString();
        String id = String.valueOf(JsonPath.<Number>read(created, "$.id"));
        String contactId = String.valueOf(JsonPath.<Number>read(created, "$.contacts[0].id"));
        String addressId = String.valueOf(JsonPath.<Number>read(created, "$.addresses[0].id"));
        mvc.perform(post("/t/" + tenant.slug() + "/third-parties/" + id + "/notes").with(csrf())
                .session(signIn(tenant)).param("text", "Appelée le 3 décembre : relance du devis.")).andReturn();
        return Map.of("id", id, "contactId", contactId, "addressId", addressId);
    }

    private static String withIds(String pattern, String slug, Map<String, String> ids) {
        String path = pattern.replace("{slug}", slug);
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        return path.replaceAll("\\{[^}]+}", "1");
    }

    private static String fileName(String page) {
        return page.replaceFirst("^/t/[^/]+", "").replaceAll("[^A-Za-z0-9]+", "-") + ".png";
    }
}
