package dev.atrium.core.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A deployment whose mail server does not answer: port 9 of the machine, where nothing listens. */
@PlatformTest
@TestPropertySource(properties = {"atrium.test.mail=false", "spring.mail.host=127.0.0.1", "spring.mail.port=9",
        "atrium.mail.from=atrium@mail.test", "atrium.mail.public-url=https://atrium.mail.test"})
class SendingWithAFailingMailServerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantRows rows;

    @Autowired
    TestLetters letters;

    @Test
    void theSenderIsToldAndNothingIsRecordedAsSent() throws Exception {
        TestTenant tenant = tenants.create("Unsent letters");
        SendingClient api = new SendingClient(mvc, tenant, rows);
        TestLetters.Letter letter = letters.write(tenant.id(), api.party("Saint-Roch Bakery"), "L-F1", "€1.00", true);
        String to = "zoe@" + tenant.slug() + ".example";

        api.sendLetter(letter.id(), """
                {"to": "%s", "subject": "Letter", "message": "Hello"}""".formatted(to))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/mail-not-sent")))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("did not take the email")));
        String page = PageSession.owner(mvc, tenant).post("/t/" + tenant.slug() + "/documents/test-letter/"
                        + letter.id() + "/send", "to", to, "subject", "Letter", "message", "Hello")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(page).select("#send-refusal[role=alert]").text())
                .isEqualTo("The mail server did not take the email; nothing was changed. Try again in a moment.");
        assertThat(letter.sentTo()).as("the letter never heard it was sent").isEmpty();
        assertThat(api.history(letter.id())).as("no sending in the history").isEmpty();
    }
}
