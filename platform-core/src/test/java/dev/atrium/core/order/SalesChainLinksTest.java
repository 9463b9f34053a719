package dev.atrium.core.order;

import static dev.atrium.core.proposal.SalesDocumentClient.ORDERS;
import static dev.atrium.core.proposal.SalesDocumentClient.PROPOSALS;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.proposal.SalesDocumentClient;
import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.time.Year;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The conversions of the sales chain link what they make, and each document lists the others both ways. */
@PlatformTest
class SalesChainLinksTest {

    private static final String LINKS = "/api/v1/documents/";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    TestTenant tenant;
    SalesDocumentClient api;
    long customer;

    @BeforeEach
    void newTenant() throws Exception {
        tenant = tenants.create("Chain");
        api = new SalesDocumentClient(mvc, tenant);
        customer = api.customer("Saint-Roch Bakery");
    }

    @Test
    void aProposalTurnedIntoAnOrderThenAnInvoiceListsTheOrderWhichListsBothAndTheInvoiceListsTheOrder()
            throws Exception {
        long proposal = api.approvedProposal(customer);
        long order = SalesDocumentClient.number(api.post(PROPOSALS + "/" + proposal + "/order", null)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        api.post(ORDERS + "/" + order + "/validate", null).andExpect(status().isOk());
        long invoice = SalesDocumentClient.number(api.post(ORDERS + "/" + order + "/invoice", null)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.invoiceId");
        String orderReference = "SO-" + Year.now() + "-00001";

        api.get(LINKS + "proposal/" + proposal + "/links").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].type", Matchers.contains("order")))
                .andExpect(jsonPath("$[0].name").value("Sales orders"))
                .andExpect(jsonPath("$[0].documents[*].id", Matchers.contains((int) order)))
                .andExpect(jsonPath("$[0].documents[0].label").value(orderReference + " · Saint-Roch Bakery"))
                .andExpect(jsonPath("$[0].documents[0].status").value("Billed"))
                .andExpect(jsonPath("$[0].documents[0].path").value("orders/" + order));
        api.get(LINKS + "order/" + order + "/links").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].type", Matchers.containsInAnyOrder("invoice", "proposal")))
                .andExpect(jsonPath("$[?(@.type == 'proposal')].documents[*].id", Matchers.contains((int) proposal)))
                .andExpect(jsonPath("$[?(@.type == 'proposal')].documents[*].path",
                        Matchers.contains("proposals/" + proposal)))
                .andExpect(jsonPath("$[?(@.type == 'proposal')].documents[*].status", Matchers.contains("Approved")))
                .andExpect(jsonPath("$[?(@.type == 'invoice')].documents[*].id", Matchers.contains((int) invoice)));
        api.get(LINKS + "invoice/" + invoice + "/links").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].type", Matchers.contains("order")))
                .andExpect(jsonPath("$[0].documents[*].id", Matchers.contains((int) order)));
    }

    @Test
    void aProposalInvoicedDirectlyAndTheInvoiceListEachOther() throws Exception {
        long proposal = api.approvedProposal(customer);
        long invoice = SalesDocumentClient.number(api.post(PROPOSALS + "/" + proposal + "/invoice", null)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.invoiceId");

        api.get(LINKS + "proposal/" + proposal + "/links")
                .andExpect(jsonPath("$[*].type", Matchers.contains("invoice")))
                .andExpect(jsonPath("$[0].documents[*].id", Matchers.contains((int) invoice)));
        api.get(LINKS + "invoice/" + invoice + "/links")
                .andExpect(jsonPath("$[*].type", Matchers.contains("proposal")))
                .andExpect(jsonPath("$[0].documents[*].id", Matchers.contains((int) proposal)));
    }

    @Test
    void theProposalAndOrderPagesShowTheirLinkedDocuments() throws Exception {
        long proposal = api.approvedProposal(customer);
        long order = SalesDocumentClient.number(api.post(PROPOSALS + "/" + proposal + "/order", null)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        PageSession pages = PageSession.owner(mvc, tenant);

        pages.get("/t/" + tenant.slug() + "/proposals/" + proposal).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"linked-order\"")))
                .andExpect(content().string(Matchers.containsString("href=\"/t/" + tenant.slug() + "/orders/"
                        + order + "\"")));
        pages.get("/t/" + tenant.slug() + "/orders/" + order).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"linked-proposal\"")))
                .andExpect(content().string(Matchers.containsString("href=\"/t/" + tenant.slug() + "/proposals/"
                        + proposal + "\"")));
    }
}
