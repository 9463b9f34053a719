package dev.atrium.contracts;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.link.TestDocuments;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.TestTenant;
import dev.atrium.plugin.link.DocumentLinks;
import dev.atrium.plugin.link.DocumentRef;
import dev.atrium.plugin.problem.NotFoundException;
import dev.atrium.plugin.testkit.ModuleTest;
import dev.atrium.plugin.testkit.ModuleTestKit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A contract linked to a core document shows it on its page, and the core document lists the contract, described
 * by the module, as long as the tenant has contracts active.
 */
@ModuleTest
class ContractLinksTest {

    @Autowired
    ModuleTestKit kit;

    @Autowired
    DocumentLinks links;

    @Autowired
    TestDocuments.Memos memos;

    @Autowired
    PlatformTransactionManager transactions;

    TestTenant acme;
    MockHttpSession owner;
    DocumentRef contract;

    @BeforeEach
    void acmeHasAContract() throws Exception {
        acme = kit.tenantUsingTheModule("Acme");
        owner = kit.signIn(acme);
        long customer = kit.customer(acme, "Hotel Miramar");
        String created = kit.api(acme, post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reference": "C-7", "title": "Front desk <b>support</b>", "partyId": %d}"""
                                .formatted(customer)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        contract = new DocumentRef("contract", ((Number) JsonPath.read(created, "$.id")).longValue());
    }

    @Test
    void aContractsPageShowsItsLinkedDocumentsAndTheCoreDocumentListsTheContract() throws Exception {
        String page = "/t/" + acme.slug() + "/contracts/" + contract.id();
        kit.page(owner, get(page))
                .andExpect(content().string(containsString("Linked documents")))
                .andExpect(content().string(containsString("Nothing is linked to this document yet.")));

        DocumentRef invoice = as(acme, () -> memos.create("Invoice <img src=x> INV-2026-00001", "Validated"));
        as(acme, () -> {
            links.link(contract, invoice);
            return null;
        });

        kit.page(owner, get(page))
                .andExpect(content().string(not(containsString("Nothing is linked"))))
                .andExpect(content().string(containsString("<h3>Memos</h3>")))
                .andExpect(content().string(containsString(
                        "href=\"/t/" + acme.slug() + "/test-documents/" + invoice.id()
                                + "\">Invoice &lt;img src=x&gt; INV-2026-00001</a>")))
                .andExpect(content().string(containsString("<span class=\"badge\">Validated</span>")));
        kit.api(acme, get("/api/v1/documents/test-memo/" + invoice.id() + "/links"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].type").value("contract"))
                .andExpect(jsonPath("$[0].name").value("Contracts"))
                .andExpect(jsonPath("$[0].documents[0].label").value("C-7 · Front desk <b>support</b>"))
                .andExpect(jsonPath("$[0].documents[0].path").value("contracts/" + contract.id()));
        kit.api(acme, get("/api/v1/documents/contract/" + contract.id() + "/links"))
                .andExpect(jsonPath("$[*].type", contains("test-memo")));
    }

    @Test
    void aTenantThatSwitchedContractsOffNoLongerSeesItsContractsAmongLinks() throws Exception {
        DocumentRef invoice = as(acme, () -> memos.create("Invoice INV-2026-00002", null));
        as(acme, () -> {
            links.link(invoice, contract);
            return null;
        });

        kit.api(acme, delete("/api/v1/modules/contracts/activation")).andExpect(status().is2xxSuccessful());

        kit.api(acme, get("/api/v1/documents/test-memo/" + invoice.id() + "/links"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
        kit.api(acme, get("/api/v1/documents/contract/" + contract.id() + "/links"))
                .andExpect(status().isNotFound());
        kit.activate(acme, "contracts");
        kit.api(acme, get("/api/v1/documents/test-memo/" + invoice.id() + "/links"))
                .andExpect(jsonPath("$[*].type", contains("contract")));
    }

    @Test
    void anotherTenantCanNeitherLinkToAContractNorReadItsLinks() throws Exception {
        TestTenant globex = kit.tenantUsingTheModule("Globex");
        DocumentRef theirs = as(globex, () -> memos.create("Globex memo", null));

        assertThatThrownBy(() -> as(globex, () -> {
            links.link(theirs, contract);
            return null;
        })).as("linking to another tenant's contract").isInstanceOf(NotFoundException.class);
        kit.api(globex, get("/api/v1/documents/contract/" + contract.id() + "/links"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("C-7"))));
    }

    private <T> T as(TestTenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), () -> new TransactionTemplate(transactions)
                .execute(status -> work.get()));
    }
}
