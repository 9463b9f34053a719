package dev.atrium.contracts;

import static dev.atrium.plugin.testkit.ModuleTestKit.fieldError;
import static dev.atrium.plugin.testkit.ModuleTestKit.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.TestTenant;
import dev.atrium.plugin.testkit.ModuleTest;
import dev.atrium.plugin.testkit.ModuleTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A contract's lines: priced in the tenant's currency, a draft until activated, then closed; every refusal a
 * problem that names its field or its rule, and nothing written by a refused request. Through the API and the
 * contract's page.
 */
@ModuleTest
class ContractLinesTest {

    @Autowired
    ModuleTestKit kit;

    TestTenant acme;
    long contractId;

    @BeforeEach
    void acmeHasAContractForAYear() throws Exception {
        acme = kit.tenantUsingTheModule("Acme");
        long customer = kit.customer(acme, "Boulangerie Martin");
        String contract = kit.api(acme, post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reference": "C-1", "title": "Ovens", "partyId": %d,
                                 "startDate": "2026-01-01", "endDate": "2026-12-31"}""".formatted(customer)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        contractId = ((Number) JsonPath.read(contract, "$.id")).longValue();
    }

    @Test
    void anAddedLineIsADraftPricedInTheTenantsCurrencyAndListedWithItsContract() throws Exception {
        addLine("""
                {"description": "Oven servicing", "quantity": 2.5, "unitPrice": "120.10", "startDate": "2026-02-01"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.unitPrice.amount").value("120.10"))
                .andExpect(jsonPath("$.unitPrice.currency").value("EUR"))
                .andExpect(jsonPath("$.total.amount").value("300.25"));

        kit.api(acme, get("/api/v1/contracts/" + contractId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value("C-1"))
                .andExpect(jsonPath("$.lines", hasSize(1)))
                .andExpect(jsonPath("$.lines[0].description").value("Oven servicing"))
                .andExpect(jsonPath("$.lines[0].startDate").value("2026-02-01"));
    }

    @Test
    void aLineGoesFromDraftToActiveToClosedAndEveryOtherMoveIsAConflictNamingBothStatuses() throws Exception {
        long line = lineId(addLine(support()));

        move(line, "activate").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
        move(line, "activate").andExpect(problem(409, "contract-line-transition-refused"))
                .andExpect(jsonPath("$.from").value("ACTIVE")).andExpect(jsonPath("$.to").value("ACTIVE"));
        move(line, "close").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        move(line, "activate").andExpect(problem(409, "contract-line-transition-refused"))
                .andExpect(jsonPath("$.from").value("CLOSED"));
        move(line, "close").andExpect(problem(409, "contract-line-transition-refused"));

        long draft = lineId(addLine(support()));
        move(draft, "close").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void onlyADraftLineChangesAndAStaleVersionIsRefused() throws Exception {
        long line = lineId(addLine(support()));

        change(line, 0, "Support, extended", "90.00").andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("Support, extended"))
                .andExpect(jsonPath("$.unitPrice.amount").value("90.00"));
        change(line, 0, "Stale", "1.00").andExpect(problem(409, "contract-line-changed"));

        move(line, "activate").andExpect(status().isOk());
        change(line, 2, "Too late", "1.00").andExpect(problem(409, "contract-line-not-draft"));

        kit.api(acme, get("/api/v1/contracts/" + contractId))
                .andExpect(jsonPath("$.lines[0].description").value("Support, extended"));
    }

    @Test
    void badLinesAreOneBadRequestNamingEachFieldAndWriteNothing() throws Exception {
        addLine("""
                {"description": "", "quantity": -1, "unitPrice": "12"}""")
                .andExpect(fieldError("description")).andExpect(fieldError("quantity"));
        addLine("""
                {"description": "Cents too many", "quantity": 1, "unitPrice": "10.005"}""")
                .andExpect(fieldError("unitPrice"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("EUR")));
        addLine("""
                {"description": "Not money", "quantity": 1, "unitPrice": "ten"}""")
                .andExpect(fieldError("unitPrice"));
        addLine("""
                {"description": "Backwards", "quantity": 1, "unitPrice": "1", "startDate": "2026-06-01",
                 "endDate": "2026-05-01"}""")
                .andExpect(fieldError("endDate"));
        addLine("""
                {"description": "Past the term", "quantity": 1, "unitPrice": "1", "endDate": "2027-01-01"}""")
                .andExpect(fieldError("endDate"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("2026-01-01 to 2026-12-31")));
        addLine("""
                {"description": "Not a date", "quantity": 1, "unitPrice": "1", "startDate": "someday"}""")
                .andExpect(status().isBadRequest());

        kit.api(acme, get("/api/v1/contracts/" + contractId)).andExpect(jsonPath("$.lines", hasSize(0)));
    }

    @Test
    void anotherTenantsContractOrLineIsNotFoundAndALineUnderTheWrongContractToo() throws Exception {
        long line = lineId(addLine(support()));
        TestTenant globex = kit.tenantUsingTheModule("Globex");

        kit.api(globex, get("/api/v1/contracts/" + contractId)).andExpect(problem(404, "not-found"))
                .andExpect(content().string(not(containsString("Ovens"))));
        kit.api(globex, post("/api/v1/contracts/" + contractId + "/lines/" + line + "/activate"))
                .andExpect(problem(404, "not-found"));
        kit.api(globex, post("/api/v1/contracts/" + contractId + "/lines").contentType(MediaType.APPLICATION_JSON)
                .content(support())).andExpect(problem(404, "not-found"));

        long customer = kit.customer(acme, "Other SA");
        String other = kit.api(acme, post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"C-2\", \"title\": \"Other\", \"partyId\": " + customer + "}"))
                .andReturn().getResponse().getContentAsString();
        long otherContract = ((Number) JsonPath.read(other, "$.id")).longValue();
        kit.api(acme, post("/api/v1/contracts/" + otherContract + "/lines/" + line + "/activate"))
                .andExpect(problem(404, "not-found"));
        kit.api(acme, get("/api/v1/contracts/" + contractId)).andExpect(jsonPath("$.lines[0].status").value("DRAFT"));
    }

    @Test
    void aMemberReadsLinesButCannotAddOrActivateThem() throws Exception {
        long line = lineId(addLine(support()));

        kit.apiAsMember(acme, get("/api/v1/contracts/" + contractId)).andExpect(status().isOk());
        kit.apiAsMember(acme, post("/api/v1/contracts/" + contractId + "/lines")
                .contentType(MediaType.APPLICATION_JSON).content(support())).andExpect(status().isForbidden());
        kit.apiAsMember(acme, post("/api/v1/contracts/" + contractId + "/lines/" + line + "/activate"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theContractPageShowsItsLinesAndTheAddLineFormShowsFieldErrorsBesideItsInputs() throws Exception {
        MockHttpSession owner = kit.signIn(acme);
        String page = "/t/" + acme.slug() + "/contracts/" + contractId;

        kit.page(owner, get("/t/" + acme.slug() + "/contracts")).andExpect(status().isOk())
                .andExpect(content().string(containsString(page)));
        kit.page(owner, post(page + "/lines").param("description", "Descaling").param("quantity", "1")
                        .param("unitPrice", "45.5"))
                .andExpect(redirectedUrl(page));
        kit.page(owner, get(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Descaling")))
                .andExpect(content().string(containsString("€45.50")))
                .andExpect(content().string(containsString("/activate")));

        kit.page(owner, post(page + "/lines").param("description", "Bad").param("quantity", "zero")
                        .param("unitPrice", "1.999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quantity: ")))
                .andExpect(content().string(not(containsString("Unit price: "))));
        kit.page(owner, post(page + "/lines").param("description", "Bad price").param("quantity", "1")
                        .param("unitPrice", "1.999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unit price: must be an amount in EUR")));
        kit.api(acme, get("/api/v1/contracts/" + contractId)).andExpect(jsonPath("$.lines", hasSize(1)));
    }

    @Test
    void activatingAndClosingFromThePageMovesTheLineAndAnIllegalMoveIsTheConflictPage() throws Exception {
        long line = lineId(addLine(support()));
        MockHttpSession owner = kit.signIn(acme);
        String page = "/t/" + acme.slug() + "/contracts/" + contractId;

        kit.page(owner, post(page + "/lines/" + line + "/activate")).andExpect(redirectedUrl(page));
        kit.page(owner, post(page + "/lines/" + line + "/activate")).andExpect(status().isConflict());
        kit.page(owner, post(page + "/lines/" + line + "/close")).andExpect(redirectedUrl(page));
        kit.api(acme, get("/api/v1/contracts/" + contractId)).andExpect(jsonPath("$.lines[0].status").value("CLOSED"));
    }

    private static String support() {
        return """
                {"description": "Support", "quantity": 1, "unitPrice": "100"}""";
    }

    private ResultActions addLine(String body) throws Exception {
        return kit.api(acme, post("/api/v1/contracts/" + contractId + "/lines").contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions change(long line, long version, String description, String unitPrice) throws Exception {
        return kit.api(acme, put("/api/v1/contracts/" + contractId + "/lines/" + line)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"description": "%s", "quantity": 1, "unitPrice": "%s", "version": %d}"""
                        .formatted(description, unitPrice, version)));
    }

    private ResultActions move(long line, String action) throws Exception {
        return kit.api(acme, post("/api/v1/contracts/" + contractId + "/lines/" + line + "/" + action));
    }

    private static long lineId(ResultActions added) throws Exception {
        return ((Number) JsonPath.read(added.andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id")).longValue();
    }
}
