package dev.atrium.core.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class DocumentSendingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantRows rows;

    @Autowired
    TestLetters letters;

    TestTenant tenant;
    SendingClient api;
    long party;

    @BeforeEach
    void aTenantWithAParty() throws Exception {
        tenant = tenants.create("Letters");
        api = new SendingClient(mvc, tenant, rows);
        party = api.party("Saint-Roch Bakery");
    }

    @Test
    void theDraftOffersThePartysAddressesPrimaryFirstAndTheShippedTemplateFilled() throws Exception {
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-0001", "€1,234.50", true);

        api.get(SendingClient.send(letter.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.addresses[*].address").value(Matchers.contains(address("zoe"),
                        address("albert"), "office@" + tenant.slug() + ".example")))
                .andExpect(jsonPath("$.addresses[0].primary").value(true))
                .andExpect(jsonPath("$.to").value(address("zoe")))
                .andExpect(jsonPath("$.subject").value("Letter L-0001 from Letters"))
                .andExpect(jsonPath("$.message").value("Hello Saint-Roch Bakery,\n\nPlease find attached letter "
                        + "L-0001 for €1,234.50, due on 2026-12-31.\n\nLetters Owner"))
                .andExpect(jsonPath("$.attachment").value("L-0001.pdf"))
                .andExpect(jsonPath("$.notSendable").value(Matchers.nullValue()));
    }

    @Test
    void theEmailGoesOutAsWrittenWithThePdfAttachedAndTheSendingIsInTheHistoryWithoutItsBody() throws Exception {
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-0002", "€90.00", true);

        api.sendLetter(letter.id(), """
                {"to": "%s", "cc": ["%s"], "subject": "Your letter L-0002", "message": "Dear Zoé,\\n\\nHere it is."}"""
                .formatted(address("zoe"), address("albert"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.to").value(address("zoe")))
                .andExpect(jsonPath("$.attachment").value("L-0002.pdf"));

        List<SentMail> received = SentMail.to(address("zoe"));
        assertThat(received).as("emails to the chosen contact").hasSize(1);
        SentMail mail = received.getFirst();
        assertThat(mail.subject()).isEqualTo("Your letter L-0002");
        assertThat(mail.text()).isEqualTo("Dear Zoé,\n\nHere it is.");
        assertThat(mail.cc()).containsExactly(address("albert"));
        assertThat(mail.replyTo()).as("answers go to who sent it").containsExactly(tenant.owner().email());
        assertThat(mail.attachments()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("L-0002.pdf");
            assertThat(file.contentType()).startsWith("application/pdf");
            assertThat(file.content()).as("the letter's own PDF, byte for byte").isEqualTo(letter.pdf());
        });
        assertThat(letter.sentTo()).as("the kind heard of the sending").containsExactly(address("zoe"));
        assertThat(api.history(letter.id())).containsExactly(Map.of(DocumentSending.HISTORY_TO, address("zoe"),
                DocumentSending.HISTORY_CC, address("albert"), DocumentSending.HISTORY_SUBJECT, "Your letter L-0002"));
    }

    @Test
    void aDocumentMayBeSentAgainAndEachSendingIsRecorded() throws Exception {
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-0003", "€5.00", true);
        String other = "someone@" + tenant.slug() + ".example";

        api.sendLetter(letter.id(), body(address("zoe"), "First")).andExpect(status().isOk());
        api.sendLetter(letter.id(), body(other, "Reminder")).andExpect(status().isOk());

        assertThat(SentMail.to(address("zoe"))).extracting(SentMail::subject).containsExactly("First");
        assertThat(SentMail.to(other)).extracting(SentMail::subject).containsExactly("Reminder");
        assertThat(letter.sentTo()).containsExactly(address("zoe"), other);
        assertThat(api.history(letter.id())).extracting(entry -> entry.get(DocumentSending.HISTORY_SUBJECT))
                .containsExactly("First", "Reminder");
    }

    @Test
    void aDocumentThatMayNotBeSentNowIsRefusedAndNothingGoesOut() throws Exception {
        TestLetters.Letter draft = letters.write(tenant.id(), party, "L-DRAFT", "€5.00", false);

        api.get(SendingClient.send(draft.id())).andExpect(jsonPath("$.notSendable").value("it is still a draft"));
        api.sendLetter(draft.id(), body(address("zoe"), "Too early")).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/document-not-sendable")))
                .andExpect(jsonPath("$.detail").value("L-DRAFT may not be sent now: it is still a draft"));

        assertThat(SentMail.to(address("zoe"))).isEmpty();
        assertThat(draft.sentTo()).isEmpty();
        assertThat(api.history(draft.id())).isEmpty();
    }

    @Test
    void aLineBreakInTheSubjectOrAnAddressIsAFieldProblemAndNoHeaderIsInjected() throws Exception {
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-0004", "€5.00", true);
        String intruder = "bcc@" + tenant.slug() + ".example";

        api.sendLetter(letter.id(), """
                {"to": "%s\\r\\nBcc: %s", "cc": ["%s\\nBcc: %s"], "subject": "Hello\\r\\nBcc: %s",
                 "message": "Body"}""".formatted(address("zoe"), intruder, address("albert"), intruder, intruder))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("to", "cc", "subject")))
                .andExpect(jsonPath("$.errors[?(@.field == 'subject')].message").value("must be one line"));
        api.sendLetter(letter.id(), body("Zoé <" + address("zoe") + ">", "Named"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));

        assertThat(SentMail.to(intruder)).isEmpty();
        assertThat(SentMail.to(address("zoe"))).isEmpty();
        assertThat(api.history(letter.id())).isEmpty();
    }

    @Test
    void moreThanTenAddressesAreRefused() throws Exception {
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-0005", "€5.00", true);
        String copies = String.join(", ", IntStream.range(0, SendRequest.MAX_RECIPIENTS)
                .mapToObj(i -> "\"copy" + i + "@" + tenant.slug() + ".example\"").toList());

        api.sendLetter(letter.id(), """
                {"to": "%s", "cc": [%s], "subject": "Many", "message": "Body"}""".formatted(address("zoe"), copies))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cc"))
                .andExpect(jsonPath("$.errors[0].message").value("may hold at most 10 addresses with the recipient"));
        assertThat(SentMail.to(address("zoe"))).isEmpty();
    }

    @Test
    void aPdfTooLargeForAnEmailIsRefusedAndNothingIsRecorded() throws Exception {
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-HUGE", "€5.00", true,
                new byte[DocumentSending.MAX_ATTACHMENT_BYTES + 1]);

        api.sendLetter(letter.id(), body(address("zoe"), "Huge")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/attachment-too-large")))
                .andExpect(jsonPath("$.detail").value("L-HUGE.pdf is larger than an email may carry."));

        assertThat(SentMail.to(address("zoe"))).isEmpty();
        assertThat(letter.sentTo()).isEmpty();
        assertThat(api.history(letter.id())).as("the history entry went with the refusal").isEmpty();
    }

    @Test
    void emptyFieldsAreAllNamedAtOnce() throws Exception {
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-0006", "€5.00", true);

        api.sendLetter(letter.id(), "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("to", "subject", "message")));
    }

    @Test
    void sendingTakesTheKindsOwnRight() throws Exception {
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-0007", "€5.00", true);

        mvc.perform(post(SendingClient.send(letter.id())).header("Authorization", tenant.memberBearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(address("zoe"), "Member")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/missing-right")))
                .andExpect(jsonPath("$.right").value("invoice:validate"));
        mvc.perform(get(SendingClient.send(letter.id())).header("Authorization", tenant.memberBearer()))
                .andExpect(status().isForbidden());
        assertThat(SentMail.to(address("zoe"))).isEmpty();
    }

    @Test
    void anUnknownKindAnUnknownDocumentAndAnotherTenantsDocumentAreNotFound() throws Exception {
        TestTenant other = tenants.create("Other letters");
        long theirParty = new SendingClient(mvc, other, rows).party("Their bakery");
        TestLetters.Letter theirs = letters.write(other.id(), theirParty, "L-THEIRS", "€5.00", true);

        api.get("/api/v1/documents/no-such-kind/1/send").andExpect(status().isNotFound());
        api.get(SendingClient.send(theirs.id() + 1_000_000)).andExpect(status().isNotFound());
        api.get(SendingClient.send(theirs.id())).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.not(Matchers.containsString("L-THEIRS"))));
        api.sendLetter(theirs.id(), body(address("zoe"), "Theirs")).andExpect(status().isNotFound());
        assertThat(theirs.sentTo()).isEmpty();
    }

    private String address(String who) {
        return who + "@" + tenant.slug() + ".example";
    }

    private static String body(String to, String subject) {
        return """
                {"to": "%s", "subject": "%s", "message": "Hello"}""".formatted(to, subject);
    }
}
