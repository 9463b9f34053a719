package dev.atrium.core.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class EmailTemplatesTest {

    static final String INJECTIONS = "${T(java.lang.Runtime).getRuntime().exec('x')} [[${@mailer}]] #{x} *{x} "
            + "<script>alert(1)</script>";

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

    @BeforeEach
    void newTenant() {
        tenant = tenants.create("Templates");
        api = new SendingClient(mvc, tenant, rows);
    }

    @Test
    void everyKindListsItsShippedTemplateAndThePlaceholdersItOffers() throws Exception {
        api.get(SendingClient.TEMPLATES).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'test-letter')].custom").value(Matchers.contains(false)))
                .andExpect(jsonPath("$[?(@.kind == 'test-letter')].id").value(Matchers.contains(Matchers.nullValue())))
                .andExpect(jsonPath("$[?(@.kind == 'test-letter')].subject")
                        .value(Matchers.contains("Letter {letter.number} from {company.name}")))
                .andExpect(jsonPath("$[?(@.kind == 'test-letter')].placeholders[*]").value(Matchers.contains(
                        "party.name", "company.name", "sender.name", "document.reference", "letter.number",
                        "letter.total", "letter.due-date")));
    }

    @Test
    void aFrenchCompanyStartsFromTheFrenchTemplate() throws Exception {
        api.put("/api/v1/company", """
                {"name": "Boulangerie", "defaultCurrency": "EUR", "locale": "fr-FR", "timeZone": "Europe/Paris",
                 "fiscalYearMonth": 1, "fiscalYearDay": 1}""").andExpect(status().isOk());
        long party = api.party("Dupont SARL");
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-FR", "1 234,50 €", true);

        api.get(SendingClient.send(letter.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("Lettre L-FR de Boulangerie"))
                .andExpect(jsonPath("$.message").value(Matchers.startsWith("Bonjour Dupont SARL,\n\nVeuillez trouver "
                        + "ci-joint la lettre L-FR d’un montant de 1 234,50 €")));
    }

    @Test
    void aTemplateNamingAPlaceholderItsKindDoesNotOfferIsRefusedNamingItAndNothingIsSaved() throws Exception {
        api.post(SendingClient.TEMPLATES, """
                {"kind": "test-letter", "subject": "Letter {letter.number} {invoice.number}",
                 "body": "Hello {party.name}, {party.address} and {letter.nope}"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("subject", "body")))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "names placeholders this kind of document does not offer: invoice.number"))
                .andExpect(jsonPath("$.errors[1].message").value(
                        "names placeholders this kind of document does not offer: party.address, letter.nope"));
        api.post(SendingClient.TEMPLATES, """
                {"kind": "test-letter", "subject": "Two\\r\\nBcc: x@example.test", "body": " "}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("subject", "body")))
                .andExpect(jsonPath("$.errors[0].message").value("must be one line"));
        api.post(SendingClient.TEMPLATES, """
                {"kind": "no-such-kind", "subject": "S", "body": "B"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));

        assertThat(rows.snapshot(tenant, "document_email_template").get("document_email_template")).isEmpty();
    }

    @Test
    void theCompanysTemplateIsWrittenChangedAndDroppedForTheShippedOne() throws Exception {
        long id = api.template("""
                {"kind": "test-letter", "subject": "Your letter {letter.number}", "body": "Dear {party.name}"}""");
        api.get(SendingClient.TEMPLATES + "/" + id).andExpect(jsonPath("$.custom").value(true))
                .andExpect(jsonPath("$.version").value(0));
        api.post(SendingClient.TEMPLATES, """
                {"kind": "test-letter", "subject": "Again", "body": "Again"}""").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Matchers.endsWith("/email-template-exists")));

        api.put(SendingClient.TEMPLATES + "/" + id, """
                {"subject": "Letter {letter.number}", "body": "Dear {party.name},\\n{letter.total}", "version": 0}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        api.put(SendingClient.TEMPLATES + "/" + id, """
                {"subject": "Stale", "body": "Stale", "version": 0}""").andExpect(status().isConflict());
        long party = api.party("Martin & Co");
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-9", "€9.00", true);
        api.get(SendingClient.send(letter.id())).andExpect(jsonPath("$.subject").value("Letter L-9"))
                .andExpect(jsonPath("$.message").value("Dear Martin & Co,\n€9.00"));

        api.delete(SendingClient.TEMPLATES + "/" + id).andExpect(status().isNoContent());
        api.get(SendingClient.TEMPLATES + "/" + id).andExpect(status().isNotFound());
        api.get(SendingClient.send(letter.id())).andExpect(jsonPath("$.subject").value("Letter L-9 from Templates"));
    }

    @Test
    void expressionsInATemplateAndPlaceholdersInAValueAreSentAsText() throws Exception {
        api.template("""
                {"kind": "test-letter", "subject": "%s {letter.number}", "body": "%s\\nDear {party.name}"}"""
                .formatted(INJECTIONS, INJECTIONS));
        long party = api.party("{letter.number} ${7*7} [[${@mailer}]]");
        TestLetters.Letter letter = letters.write(tenant.id(), party, "L-{party.name}", "€1.00", true);
        String to = "zoe@" + tenant.slug() + ".example";

        String draft = api.body(SendingClient.send(letter.id()));
        String subject = JsonPath.read(draft, "$.subject");
        String message = JsonPath.read(draft, "$.message");
        assertThat(subject).isEqualTo(INJECTIONS + " L-{party.name}");
        assertThat(message).isEqualTo(INJECTIONS + "\nDear {letter.number} ${7*7} [[${@mailer}]]");
        api.sendLetter(letter.id(), """
                {"to": "%s", "subject": %s, "message": %s}""".formatted(to, json(subject), json(message)))
                .andExpect(status().isOk());

        SentMail mail = SentMail.to(to).getFirst();
        assertThat(mail.subject()).as("the subject as the template wrote it").isEqualTo(subject);
        assertThat(mail.text()).as("the message as the template wrote it").isEqualTo(message);
    }

    @Test
    void theSetupPageListsTheKindsAndItsEditorSavesShowsRefusalsBesideTheFieldAndResets() throws Exception {
        PageSession owner = PageSession.owner(mvc, tenant);
        String base = "/t/" + tenant.slug() + "/setup/email-templates";

        Document list = Jsoup.parse(owner.html(base));
        assertThat(list.select("#template-test-letter td").eachText()).contains("Test letters", "Shipped");
        Document editor = Jsoup.parse(owner.html(base + "/test-letter"));
        assertThat(editor.select("#subject").val()).isEqualTo("Letter {letter.number} from {company.name}");
        assertThat(editor.select("#placeholders code").eachText()).contains("{party.name}", "{letter.number}");

        Document refused = Jsoup.parse(owner.post(base + "/test-letter", "subject", "Letter {letter.nope}", "body",
                INJECTIONS).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#subject-error").text())
                .isEqualTo("names placeholders this kind of document does not offer: letter.nope");
        assertThat(refused.select("#subject").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.select("#body").text()).as("what was typed is kept, as text").isEqualTo(INJECTIONS);
        assertThat(refused.select("script:containsData(alert)")).isEmpty();

        owner.post(base + "/test-letter", "subject", "Letter {letter.number}", "body", INJECTIONS)
                .andExpect(redirectedUrl(base + "/test-letter"))
                .andExpect(flash().attribute("notice", "sending.template.saved"));
        assertThat(Jsoup.parse(owner.html(base)).select("#template-test-letter td").eachText()).contains("Your own");
        owner.post(base + "/test-letter/reset").andExpect(redirectedUrl(base + "/test-letter"));
        assertThat(Jsoup.parse(owner.html(base + "/test-letter")).select("#subject").val())
                .isEqualTo("Letter {letter.number} from {company.name}");
    }

    @Test
    void onlyWhoSetsUpTheCompanyWritesTemplates() throws Exception {
        mvc.perform(get(SendingClient.TEMPLATES).header("Authorization", tenant.memberBearer()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.right").value("setup:company"));
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
