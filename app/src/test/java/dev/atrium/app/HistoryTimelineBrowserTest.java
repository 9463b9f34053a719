package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A third party's timeline in a real Chromium: created, then edited, then annotated, each shown newest first on
 * the card with who did it and the field's value before and after; another tenant's owner sees none of it.
 */
@PlatformTest
class HistoryTimelineBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Test
    void theCardShowsWhoCreatedChangedAndAnnotatedTheRecord() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        TestTenant acme = tenants.create("Acme");
        String base = "/t/" + acme.slug() + "/third-parties";
        String card;
        try (Browser owner = Browser.open(port)) {
            owner.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD);
            owner.go(base + "/new").type(By.id("name"), "Saint-Roch Bakery").type(By.id("email"), "old@bakery.test")
                    .click(By.id("save"));
            owner.await(driver -> owner.path().matches(".*/third-parties/\\d+$"));
            card = owner.path();
            assertThat(entries(owner)).singleElement().satisfies(entry -> {
                assertThat(entry.getAttribute("data-kind")).isEqualTo("CREATED");
                assertThat(entry.getText()).contains("created it");
            });

            owner.go(card + "/edit").type(By.id("email"), "new@bakery.test").click(By.id("save"));
            owner.await(driver -> owner.path().equals(card));
            List<WebElement> afterEdit = entries(owner);
            assertThat(afterEdit).hasSize(2);
            assertThat(afterEdit.getFirst().getAttribute("data-kind")).isEqualTo("CHANGED");
            assertThat(afterEdit.getFirst().getText()).contains("changed").contains("Email")
                    .contains("old@bakery.test → new@bakery.test").doesNotContain("party.");

            owner.type(By.id("text"), "Called them about the spring order").click(By.cssSelector("#note-form button"));
            owner.await(driver -> entries(owner).size() == 3);
            WebElement note = entries(owner).getFirst();
            assertThat(note.getAttribute("data-kind")).isEqualTo("NOTE");
            assertThat(note.getText()).contains("added a note").contains("Called them about the spring order");
            assertThat(owner.contentSecurityPolicyViolations()).as("refusals in the console").isEmpty();
        }

        TestTenant other = tenants.create("Other");
        try (Browser stranger = Browser.open(port)) {
            stranger.signIn(other.slug(), other.owner().email(), TestTenant.PASSWORD);
            stranger.go(card.replace("/t/" + acme.slug() + "/", "/t/" + other.slug() + "/"));
            assertThat(stranger.driver().getPageSource()).doesNotContain("Saint-Roch").doesNotContain("spring order");
        }
    }

    private static List<WebElement> entries(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#timeline ol.timeline > li[data-kind]"));
    }
}
