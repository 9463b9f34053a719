package dev.atrium.core.sending;

import static dev.atrium.core.proposal.SalesDocumentClient.ORDERS;
import static dev.atrium.core.proposal.SalesDocumentClient.PROPOSALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.proposal.SalesDocumentClient;
import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Proposals and sales orders sent by email: the real kinds behind the send page, their PDF and their status. */
@PlatformTest
class ProposalSendingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    TenantRows rows;

    TestTenant tenant;
    SendingClient sending;
    SalesDocumentClient sales;
    long party;

    @BeforeEach
    void aTenantWithAParty() throws Exception {
        tenant = tenants.create("Quotes");
        sending = new SendingClient(mvc, tenant, rows);
        sales = new SalesDocumentClient(mvc, tenant);
        party = sending.party("Saint-Roch Bakery");
    }

    @Test
    void aDraftProposalSentByEmailGoesOutWithItsPdfBecomesSentAndItsHistoryRecordsTheSending() throws Exception {
        long proposal = sales.proposal(party, SalesDocumentClient.TWO_LINES);
        String reference = JsonPath.read(sales.body(PROPOSALS + "/" + proposal), "$.reference");
        String send = "/api/v1/documents/proposal/" + proposal + "/send";

        sending.get(send).andExpect(status().isOk())
                .andExpect(jsonPath("$.to").value(address("zoe")))
                .andExpect(jsonPath("$.subject").value("Proposal " + reference + " from Quotes"))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("our proposal " + reference
                        + " for €275.76, valid until ")))
                .andExpect(jsonPath("$.attachment").value(reference + ".pdf"))
                .andExpect(jsonPath("$.notSendable").value(Matchers.nullValue()));
        sending.post(send, """
                {"to": "%s", "subject": "Your quote %s", "message": "Here it is."}""".formatted(address("zoe"),
                reference)).andExpect(status().isOk());

        SentMail mail = single(address("zoe"));
        assertThat(mail.subject()).isEqualTo("Your quote " + reference);
        assertThat(mail.attachments()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo(reference + ".pdf");
            assertThat(file.contentType()).startsWith("application/pdf");
            assertThat(new String(file.content(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        });
        sales.get(PROPOSALS + "/" + proposal).andExpect(jsonPath("$.status").value("SENT"));
        assertThat(history("proposal", proposal)).as("the move to Sent, then the sending").contains(
                Map.of("proposal.field.status", "sent"),
                Map.of(DocumentSending.HISTORY_TO, address("zoe"), DocumentSending.HISTORY_SUBJECT,
                        "Your quote " + reference));
    }

    @Test
    void aProposalPastDraftIsSentAgainAndStaysWhereItIs() throws Exception {
        long proposal = sales.approvedProposal(party);
        String send = "/api/v1/documents/proposal/" + proposal + "/send";

        sending.post(send, """
                {"to": "%s", "subject": "A copy", "message": "Again."}""".formatted(address("albert")))
                .andExpect(status().isOk());

        assertThat(single(address("albert")).subject()).isEqualTo("A copy");
        sales.get(PROPOSALS + "/" + proposal).andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void theProposalPageOffersSendingByEmailAndMarkingAsSentWithoutEmailing() throws Exception {
        long proposal = sales.proposal(party, SalesDocumentClient.TWO_LINES);
        String page = PageSession.owner(mvc, tenant).get("/t/" + tenant.slug() + "/proposals/" + proposal)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(PageSession.link(page, "send-by-email"))
                .isEqualTo("/t/" + tenant.slug() + "/documents/proposal/" + proposal + "/send");
        assertThat(page).contains("Mark as sent without emailing");
    }

    @Test
    void aValidatedOrderIsSentAsItsConfirmationButADraftOrderIsNot() throws Exception {
        long proposal = sales.approvedProposal(party);
        long order = SalesDocumentClient.number(sales.post(PROPOSALS + "/" + proposal + "/order", null)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String send = "/api/v1/documents/order/" + order + "/send";

        sending.get(send).andExpect(jsonPath("$.notSendable").value(Matchers.startsWith("A draft order")));
        sending.post(send, """
                {"to": "%s", "subject": "Too early", "message": "No."}""".formatted(address("zoe")))
                .andExpect(status().isConflict());

        sales.post(ORDERS + "/" + order + "/validate", null).andExpect(status().isOk());
        String reference = JsonPath.read(sales.body(ORDERS + "/" + order), "$.reference");
        sending.get(send).andExpect(jsonPath("$.subject").value("Order " + reference + " from Quotes"))
                .andExpect(jsonPath("$.notSendable").value(Matchers.nullValue()));
        sending.post(send, """
                {"to": "%s", "subject": "Your order", "message": "Confirmed."}""".formatted(address("zoe")))
                .andExpect(status().isOk());

        assertThat(single(address("zoe")).attachments()).singleElement()
                .satisfies(file -> assertThat(file.name()).isEqualTo(reference + ".pdf"));
        assertThat(history("order", order)).contains(Map.of(DocumentSending.HISTORY_TO, address("zoe"),
                DocumentSending.HISTORY_SUBJECT, "Your order"));
    }

    @Test
    void anotherTenantsProposalIsNotFoundForSending() throws Exception {
        TestTenant other = tenants.create("Other quotes");
        SalesDocumentClient theirs = new SalesDocumentClient(mvc, other);
        long theirProposal = theirs.proposal(theirs.customer("Their bakery"), SalesDocumentClient.TWO_LINES);

        sending.get("/api/v1/documents/proposal/" + theirProposal + "/send").andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Their bakery"))));
    }

    private String address(String name) {
        return name + "@" + tenant.slug() + ".example";
    }

    private static SentMail single(String address) {
        List<SentMail> received = SentMail.to(address);
        assertThat(received).as("emails to " + address).hasSize(1);
        return received.getFirst();
    }

    /** The document's history as written: each entry's changes (field → value after), none for its creation. */
    private List<Map<String, String>> history(String type, long id) {
        return rows.snapshot(tenant, "record_history").get("record_history").stream()
                .filter(row -> type.equals(row.get("record_type")) && ((Number) row.get("record_id")).longValue() == id)
                .sorted(Comparator.comparingLong(row -> ((Number) row.get("id")).longValue()))
                .map(row -> {
                    Map<String, String> changes = new LinkedHashMap<>();
                    if (row.get("changes") == null) {
                        return changes;
                    }
                    JsonPath.<List<Map<String, String>>>read(row.get("changes").toString(), "$")
                            .forEach(change -> changes.put(change.get("field"), change.get("after")));
                    return changes;
                }).toList();
    }
}
