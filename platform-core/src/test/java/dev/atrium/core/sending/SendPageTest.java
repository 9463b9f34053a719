package dev.atrium.core.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** The send page, with the test kind of document: what it offers, what it refuses, what it sends. */
@PlatformTest
class SendPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantRows rows;

    @Autowired
    TestLetters letters;

    @LocalServerPort
    int port;

    TestTenant tenant;
    SendingClient api;
    long party;

    @BeforeEach
    void aTenantWithAParty() throws Exception {
        tenant = tenants.create("Send page");
        api = new SendingClient(mvc, tenant, rows);
        party = api.party("Saint-Roch Bakery");
    }

    @Test
    void thePageOffersThePartysAddressesAndTheTemplateToChangeBeforeSending() throws Exception {
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-P1", "€12.00", true);
        PageSession owner = PageSession.owner(mvc, tenant);

        Document page = Jsoup.parse(owner.html(path(letter)));
        assertThat(page.select("h1").text()).isEqualTo("Send L-P1 by email");
        assertThat(page.select("#to input[type=radio]").eachAttr("value"))
                .containsExactly(address("zoe"), address("albert"), "office@" + tenant.slug() + ".example", "other");
        assertThat(page.select("#to-0").hasAttr("checked")).as("the primary contact chosen first").isTrue();
        assertThat(page.select("#to label").first().text()).contains("Zoé Primary", "(primary contact)");
        assertThat(page.select("#subject").val()).isEqualTo("Letter L-P1 from Send page");
        assertThat(page.select("#message").text()).startsWith("Hello Saint-Roch Bakery,");
        assertThat(page.select("#attachment").text()).isEqualTo("Attached: L-P1.pdf");
        assertThat(page.select("#back-to-document").attr("href")).isEqualTo("/t/" + tenant.slug()
                + "/third-parties/" + party);
    }

    @Test
    void aBadAddressIsShownBesideItsFieldWithWhatWasTypedAndNothingIsSent() throws Exception {
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-P2", "€12.00", true);
        PageSession owner = PageSession.owner(mvc, tenant);

        Document refused = Jsoup.parse(owner.post(path(letter), "to", "other", "otherAddress", "not an address",
                        "cc", "", "subject", "Edited\r\nBcc: x@example.test", "message", "Mine")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(refused.select("#otherAddress-error").text())
                .isEqualTo("must be an email address such as name@example.com, without a name");
        assertThat(refused.select("#otherAddress").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.select("#subject-error").text()).isEqualTo("must be one line");
        assertThat(refused.select("#message").text()).isEqualTo("Mine");
        assertThat(refused.select("#error-summary li").eachText()).hasSize(2);
        assertThat(letter.sentTo()).isEmpty();
    }

    @Test
    void sendingComesBackToThePageSayingToWhom() throws Exception {
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-P3", "€12.00", true);
        PageSession owner = PageSession.owner(mvc, tenant);

        owner.post(path(letter), "to", address("albert"), "cc", address("zoe") + "; " + address("office"),
                        "subject", "Letter L-P3", "message", "Here it is.")
                .andExpect(redirectedUrl(path(letter)));

        assertThat(SentMail.to(address("albert"))).singleElement().satisfies(mail -> {
            assertThat(mail.cc()).containsExactly(address("zoe"), address("office"));
            assertThat(mail.attachments()).extracting(SentMail.File::name).containsExactly("L-P3.pdf");
        });
        assertThat(letter.sentTo()).containsExactly(address("albert"));
    }

    @Test
    void aDocumentThatMayNotBeSentSaysWhyOnItsPageAndItsSendingIsRefusedThere() throws Exception {
        TestLetters.Letter draft = letters.write(tenant.id(), party, "L-P4", "€12.00", false);
        PageSession owner = PageSession.owner(mvc, tenant);

        assertThat(Jsoup.parse(owner.html(path(draft))).select("#not-sendable").text())
                .isEqualTo("It may not be sent now: it is still a draft");
        Document refused = Jsoup.parse(owner.post(path(draft), "to", address("zoe"), "subject", "S", "message", "M")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#send-refusal").text()).isEqualTo("L-P4 may not be sent now: it is still a draft");
        assertThat(SentMail.to(address("zoe"))).isEmpty();
    }

    @Test
    void aFrenchCompanyReadsThePageAndTheTemplateInFrench() throws Exception {
        api.put("/api/v1/company", """
                {"name": "Boulangerie", "defaultCurrency": "EUR", "locale": "fr-FR", "timeZone": "Europe/Paris",
                 "fiscalYearMonth": 1, "fiscalYearDay": 1}""").andExpect(status().isOk());
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-P5", "12,00 €", true);

        Document page = Jsoup.parse(PageSession.owner(mvc, tenant).html(path(letter)));
        assertThat(page.select("h1").text()).isEqualTo("Envoyer L-P5 par e-mail");
        assertThat(page.select("#subject").val()).isEqualTo("Lettre L-P5 de Boulangerie");
        assertThat(page.select("#send").text()).isEqualTo("Envoyer l’e-mail");
    }

    @Test
    void whoLacksTheKindsRightIsToldSoAndCannotSend() throws Exception {
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-P6", "€12.00", true);
        PageSession member = PageSession.member(mvc, tenant);

        member.get(path(letter)).andExpect(status().isForbidden());
        member.post(path(letter), "to", address("zoe"), "subject", "S", "message", "M")
                .andExpect(status().isForbidden());
        assertThat(letter.sentTo()).isEmpty();
    }

    @Test
    void anotherTenantsLetterIsNotFoundOnThePage() throws Exception {
        TestTenant other = tenants.create("Other send page");
        long theirParty = new SendingClient(mvc, other, rows).party("Their bakery");
        TestLetters.Letter theirs = letters.write(other.id(), theirParty, "L-THEIRS", "€5.00", true);
        PageSession owner = PageSession.owner(mvc, tenant);

        owner.get(path(theirs)).andExpect(status().isNotFound());
        owner.post(path(theirs), "to", address("zoe"), "subject", "S", "message", "M")
                .andExpect(status().isNotFound());
        assertThat(theirs.sentTo()).isEmpty();
    }

    @Test
    @ResourceLock("browser")
    void inABrowserALetterIsSentToATypedAddress() {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-B1", "€40.00", true);
        String typed = "typed@" + tenant.slug() + ".example";
        try (Browser browser = Browser.open(port)) {
            browser.signIn(tenant.slug(), tenant.owner().email(), TestTenant.PASSWORD).go(path(letter));
            browser.click(By.id("to-other")).type(By.id("otherAddress"), typed)
                    .type(By.id("subject"), "Your letter L-B1");
            browser.screenshot(Path.of("target", "send-page.png"));
            browser.click(By.id("send"));
            browser.await(driver -> driver.findElements(By.id("send-notice")).isEmpty() ? null : true);
            assertThat(browser.text(By.id("send-notice"))).isEqualTo("L-B1 was sent to " + typed + ".");
        }
        assertThat(SentMail.to(typed)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Your letter L-B1");
            assertThat(mail.text()).startsWith("Hello Saint-Roch Bakery,");
            assertThat(mail.attachments()).singleElement()
                    .satisfies(file -> assertThat(file.content()).isEqualTo(letter.pdf()));
        });
        assertThat(api.history(letter.id())).extracting(entry -> entry.get(DocumentSending.HISTORY_TO))
                .containsExactly(typed);
    }

    private String path(TestLetters.Letter letter) {
        return "/t/" + tenant.slug() + "/documents/" + TestLetters.KIND + "/" + letter.id() + "/send";
    }

    private String address(String who) {
        return who + "@" + tenant.slug() + ".example";
    }
}
