package dev.atrium.core.party;

import static dev.atrium.core.party.ThirdPartyClient.API;
import static dev.atrium.core.party.ThirdPartyClient.party;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bad input on every endpoint: a 4xx problem naming what is wrong, never a 5xx, never half a write. */
@PlatformTest
class ThirdPartyBadInputTest {

    private static final String CONTACT = "{\"name\":\"Ann\"}";
    private static final String ADDRESS = "{\"kind\":\"BILLING\",\"line1\":\"1 Rd\",\"city\":\"Oslo\",\"country\":\"NO\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    ThirdPartyClient api;
    String one;
    long contact;
    long address;

    @BeforeEach
    void aThirdPartyWithAContactAndAnAddress() throws Exception {
        api = new ThirdPartyClient(mvc, tenants.create("Acme"));
        long id = api.create(party("Existing", ""));
        one = API + "/" + id;
        contact = api.createContact(id, CONTACT);
        address = ((Number) com.jayway.jsonpath.JsonPath.read(api.post(one + "/addresses", ADDRESS)
                .andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void malformedJsonIsABadRequestOnEveryWritingEndpoint() throws Exception {
        String broken = "{\"name\": ";
        malformed(api.post(API, broken));
        malformed(api.put(one, broken));
        malformed(api.post(one + "/contacts", broken));
        malformed(api.put(one + "/contacts/" + contact, broken));
        malformed(api.post(one + "/addresses", broken));
        malformed(api.put(one + "/addresses/" + address, broken));
        malformed(api.post(API, ""));
    }

    @Test
    void missingRequiredFieldsAreNamed() throws Exception {
        invalid(api.post(API, "{}"), "kind");
        invalid(api.post(API, "{}"), "name");
        invalid(api.put(one, party("No Version", "")), "version");
        invalid(api.post(one + "/contacts", "{}"), "name");
        invalid(api.put(one + "/contacts/" + contact, "{\"jobTitle\":\"x\"}"), "name");
        invalid(api.post(one + "/addresses", "{\"kind\":\"BILLING\"}"), "line1");
        invalid(api.put(one + "/addresses/" + address, "{\"kind\":\"BILLING\",\"line1\":\"x\"}"), "city");
    }

    @Test
    void wrongTypesAndUnknownEnumValuesAreNamedNotFailed() throws Exception {
        invalid(api.post(API, party("Typed", "\"supplier\":\"maybe\"")), "supplier");
        invalid(api.post(API, party("Typed", "\"contacts\":\"Ann\"")), "contacts");
        invalid(api.post(API, "{\"kind\":\"ROBOT\",\"name\":\"Enum\"}"), "kind")
                .andExpect(jsonPath("$.errors[0].message").value("must be one of COMPANY, INDIVIDUAL"));
        invalid(api.post(API, party("Typed", "\"paymentTerms\":\"NET_1000\"")), "paymentTerms");
        invalid(api.post(API, party("Typed", "\"currency\":\"XYZ\"")), "currency");
        invalid(api.put(one, party("Typed", "\"version\":\"first\"")), "version");
        invalid(api.post(one + "/contacts", "{\"name\":\"Ann\",\"primary\":[]}"), "primary");
        invalid(api.post(one + "/addresses", "{\"kind\":\"HOME\",\"line1\":\"x\",\"city\":\"y\",\"country\":\"FR\"}"),
                "kind");
    }

    @Test
    void oversizeAndBadlyFormattedValuesAreNamed() throws Exception {
        String tooLong = "x".repeat(201);
        invalid(api.post(API, party(tooLong, "")), "name");
        invalid(api.post(API, party("Format", "\"email\":\"not-an-email\"")), "email");
        invalid(api.post(API, party("Format", "\"taxId\":\"12345\"")), "taxId");
        invalid(api.post(API, party("Format", "\"code\":\"has space\"")), "code");
        invalid(api.post(API, party("Format", "\"website\":\"javascript:alert(1)\"")), "website");
        invalid(api.post(API, party("Format", "\"notes\":\"" + "n".repeat(4001) + "\"")), "notes");
        invalid(api.post(API, party("Nested", "\"contacts\":[{\"name\":\"" + tooLong + "\"}]")), "contacts[0].name");
        invalid(api.put(one + "/contacts/" + contact, "{\"name\":\"Ann\",\"phone\":\"call me\"}"), "phone");
        invalid(api.post(one + "/addresses", "{\"kind\":\"BILLING\",\"line1\":\"x\",\"city\":\"y\",\"country\":\"France\"}"),
                "country");
    }

    @Test
    void anUpdateCannotSlipInContactsOrAddresses() throws Exception {
        invalid(api.put(one, party("Sneaky", "\"version\":" + api.version(Long.parseLong(one.substring(API.length() + 1)))
                + ",\"contacts\":[" + CONTACT + "]")), "contacts");
    }

    @Test
    void aCreateWithAnInvalidNestedContactOrAddressWritesNothing() throws Exception {
        invalid(api.post(API, party("Half Written", "\"contacts\":[" + CONTACT + ",{\"name\":\"\"}]")),
                "contacts[1].name");
        invalid(api.post(API, party("Half Written", "\"contacts\":[" + CONTACT + "],"
                + "\"addresses\":[{\"kind\":\"BILLING\",\"line1\":\"x\",\"city\":\"y\",\"country\":\"fr\"}]")),
                "addresses[0].country");
        api.get(API + "?q=Half").andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void unknownIdsAreNotFoundAndMalformedIdsAreBadRequests() throws Exception {
        problem(api.get(API + "/999999999999"), 404);
        problem(api.put(API + "/999999999999", party("Ghost", "\"version\":0")), 404);
        problem(api.post(API + "/999999999999/archive", ""), 404);
        problem(api.post(API + "/999999999999/restore", ""), 404);
        problem(api.post(API + "/999999999999/contacts", CONTACT), 404);
        problem(api.put(one + "/contacts/999999999999", CONTACT), 404);
        problem(api.delete(one + "/addresses/999999999999"), 404);
        problem(api.put(one + "/contacts/" + address, CONTACT), 404);
        problem(api.get(API + "/abc"), 400);
        problem(api.delete(one + "/contacts/1e99"), 400);
    }

    @Test
    void pageSizesPagesAndSortKeysOutsideTheirBoundsAreNamed() throws Exception {
        invalid(api.get(API + "?size=0"), "size");
        invalid(api.get(API + "?size=-5"), "size");
        invalid(api.get(API + "?size=101"), "size");
        invalid(api.get(API + "?size=99999999999999"), "size");
        invalid(api.get(API + "?sort=password"), "sort");
        invalid(api.get(API + "?sort=name;drop%20table"), "sort");
        invalid(api.get(API + "?relation=friend"), "relation");
        invalid(api.get(API + "?country=France"), "country");
        invalid(api.get(API + "/export.csv?sort=tenantId"), "sort");
    }

    @Test
    void cursorsThatAreGarbledForgedOrMadeForAnotherSortAreNamedNotFailed() throws Exception {
        api.create(party("Second", ""));
        String byCode = com.jayway.jsonpath.JsonPath.read(api.get(API + "?sort=code&size=1")
                .andReturn().getResponse().getContentAsString(), "$.next");

        invalid(api.get(API + "?after=!!not-a-cursor!!"), "after");
        invalid(api.get(API + "?after=" + base64url("nonsense")), "after");
        invalid(api.get(API + "?after=" + base64url("[1,2,3]")), "after");
        invalid(api.get(API + "?after=" + base64url("{\"sort\":\"name\",\"keys\":{\"name\":\"A\"}}")), "after");
        invalid(api.get(API + "?after=" + base64url("{\"sort\":\"name\",\"keys\":{\"name\":\"A\",\"id\":\"x\"}}")),
                "after");
        invalid(api.get(API + "?sort=-createdAt&after="
                + base64url("{\"sort\":\"-createdAt\",\"keys\":{\"createdAt\":\"yesterday\",\"id\":\"1\"}}")), "after");
        invalid(api.get(API + "?sort=name&after=" + byCode), "after")
                .andExpect(jsonPath("$.errors[0].message", containsString("sort=code")));
        invalid(api.get(API + "?sort=name&before=" + byCode), "before");
        invalid(api.get(API + "?sort=code&after=" + byCode + "&before=" + byCode), "before");
        invalid(api.get(API + "?after=" + "A".repeat(2001)), "after");
        api.get(API + "?sort=code&after=" + byCode).andExpect(status().isOk());
    }

    @Test
    void craftedCursorsThatWouldHaveFailedTheQueryAreNamed() throws Exception {
        invalid(api.get(API + "?after=bnVsbA"), "after");
        invalid(api.get(API + "?before=bnVsbA"), "before");
        for (String moment : new String[] {"+999999999-12-31T23:59:59.999999999Z", "-999999999-01-01T00:00:00Z"}) {
            invalid(api.get(API + "?sort=createdAt&after="
                    + base64url("{\"sort\":\"createdAt\",\"keys\":{\"createdAt\":\"" + moment + "\",\"id\":\"1\"}}")),
                    "after");
        }
        invalid(api.get(API + "?after=" + base64url("{\"sort\":\"name\",\"keys\":{\"name\":\"a\\u0000\",\"id\":\"1\"}}")),
                "after");
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 50; i++) {
            byte[] junk = new byte[1 + random.nextInt(60)];
            random.nextBytes(junk);
            invalid(api.get(API + "?after=" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(junk)),
                    "after");
        }
    }

    private static String base64url(String text) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static ResultActions problem(ResultActions response, int status) throws Exception {
        return response.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static void malformed(ResultActions response) throws Exception {
        problem(response, 400).andExpect(jsonPath("$.type").value("https://atrium.dev/problems/malformed-request"));
    }

    private static ResultActions invalid(ResultActions response, String field) throws Exception {
        return problem(response, 400)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/validation-failed"))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
                .andExpect(jsonPath("$.detail", containsString("invalid")));
    }
}
