package dev.atrium.core.party;

import static dev.atrium.core.party.ThirdPartyClient.API;
import static dev.atrium.core.party.ThirdPartyClient.base64url;
import static dev.atrium.core.party.ThirdPartyClient.party;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenants;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Bad input on every endpoint: a 4xx problem naming what is wrong, never a 5xx, never half a write. Paths are
 * relative to the API; {id}, {contact} and {address} are a third party's and its children's, {version} its version.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThirdPartyBadInputTest {

    private static final String CONTACT = "{\"name\":\"Ann\"}";
    private static final String ADDRESS = "{\"kind\":\"BILLING\",\"line1\":\"1 Rd\",\"city\":\"Oslo\",\"country\":\"NO\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    ThirdPartyClient api;
    long id;
    long contact;
    long address;

    @BeforeAll
    void aThirdPartyWithAContactAndAnAddress() throws Exception {
        api = new ThirdPartyClient(mvc, tenants.create("Acme"));
        id = api.create(party("Existing", ""));
        contact = ThirdPartyClient.id(api.post(API + "/" + id + "/contacts", CONTACT));
        address = ThirdPartyClient.id(api.post(API + "/" + id + "/addresses", ADDRESS));
    }

    @ParameterizedTest(name = "{0} {1} {2} names {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            POST |                          | {}                                                        | kind
            POST |                          | {}                                                        | name
            PUT  | /{id}                    | {"kind":"COMPANY","name":"No Version"}                    | version
            POST | /{id}/contacts           | {}                                                        | name
            PUT  | /{id}/contacts/{contact} | {"jobTitle":"x"}                                          | name
            POST | /{id}/addresses          | {"kind":"BILLING"}                                        | line1
            PUT  | /{id}/addresses/{address}| {"kind":"BILLING","line1":"x"}                            | city
            POST |                          | {"kind":"COMPANY","name":"T","supplier":"maybe"}          | supplier
            POST |                          | {"kind":"COMPANY","name":"T","contacts":"Ann"}            | contacts
            POST |                          | {"kind":"COMPANY","name":"T","paymentTerms":"NET_1000"}   | paymentTerms
            POST |                          | {"kind":"COMPANY","name":"T","currency":"XYZ"}            | currency
            PUT  | /{id}                    | {"kind":"COMPANY","name":"T","version":"first"}           | version
            POST | /{id}/contacts           | {"name":"Ann","primary":[]}                               | primary
            POST | /{id}/addresses          | {"kind":"HOME","line1":"x","city":"y","country":"FR"}     | kind
            POST |                          | {"kind":"COMPANY","name":"{201}"}                         | name
            POST |                          | {"kind":"COMPANY","name":"T","email":"not-an-email"}      | email
            POST |                          | {"kind":"COMPANY","name":"T","taxId":"12345"}             | taxId
            POST |                          | {"kind":"COMPANY","name":"T","code":"has space"}          | code
            POST |                          | {"kind":"COMPANY","name":"T","website":"javascript:x()"}  | website
            POST |                          | {"kind":"COMPANY","name":"T","notes":"{4001}"}            | notes
            POST |                          | {"kind":"COMPANY","name":"T","contacts":[{"name":"{201}"}]} | contacts[0].name
            PUT  | /{id}/contacts/{contact} | {"name":"Ann","phone":"call me"}                          | phone
            POST | /{id}/addresses          | {"kind":"BILLING","line1":"x","city":"y","country":"France"} | country
            PUT  | /{id}                    | {"kind":"COMPANY","name":"T","version":{version},"contacts":[{"name":"A"}]} | contacts
            GET  | ?size=0                  |                                                           | size
            GET  | ?size=-5                 |                                                           | size
            GET  | ?size=101                |                                                           | size
            GET  | ?size=99999999999999     |                                                           | size
            GET  | ?sort=password           |                                                           | sort
            GET  | ?sort=name;drop%20table  |                                                           | sort
            GET  | ?relation=friend         |                                                           | relation
            GET  | ?country=France          |                                                           | country
            GET  | /export.csv?sort=tenantId|                                                           | sort
            GET  | ?after=!!not-a-cursor!!  |                                                           | after
            GET  | ?after=bnVsbA            |                                                           | after
            GET  | ?before=bnVsbA           |                                                           | before
            """)
    void badInputIsAFieldErrorNamingTheField(HttpMethod method, String path, String json, String field)
            throws Exception {
        invalid(api.send(method, resolve(path), json == null ? null : json.replace("{201}", "x".repeat(201))
                .replace("{4001}", "n".repeat(4001)).replace("{version}", String.valueOf(api.version(id)))), field);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            POST |
            PUT  | /{id}
            POST | /{id}/contacts
            PUT  | /{id}/contacts/{contact}
            POST | /{id}/addresses
            PUT  | /{id}/addresses/{address}
            """)
    void malformedJsonIsABadRequest(HttpMethod method, String path) throws Exception {
        for (String broken : new String[] {"{\"name\": ", ""}) {
            problem(api.send(method, resolve(path), broken), 400)
                    .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/malformed-request"));
        }
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /999999999999                    | 404
            PUT    | /999999999999                    | 404
            POST   | /999999999999/archive            | 404
            POST   | /999999999999/restore            | 404
            POST   | /999999999999/contacts           | 404
            PUT    | /{id}/contacts/999999999999      | 404
            DELETE | /{id}/addresses/999999999999     | 404
            PUT    | /{id}/contacts/{address}         | 404
            GET    | /abc                             | 400
            DELETE | /{id}/contacts/1e99              | 400
            """)
    void unknownIdsAreNotFoundAndMalformedIdsAreBadRequests(HttpMethod method, String path, int status)
            throws Exception {
        String body = path.contains("contacts") ? CONTACT : party("Ghost", "\"version\":0");
        problem(api.send(method, resolve(path), method == HttpMethod.PUT || method == HttpMethod.POST ? body : null),
                status);
    }

    @Test
    void anUnknownEnumValueNamesTheValuesItCouldHaveBeen() throws Exception {
        invalid(api.post(API, "{\"kind\":\"ROBOT\",\"name\":\"Enum\"}"), "kind")
                .andExpect(jsonPath("$.errors[0].message").value("must be one of COMPANY, INDIVIDUAL"));
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
    void cursorsThatAreGarbledForgedOrMadeForAnotherSortAreNamedNotFailed() throws Exception {
        api.create(party("Second", ""));
        String byCode = JsonPath.read(api.body(API + "?sort=code&size=1"), "$.next");
        for (String forged : new String[] {"nonsense", "[1,2,3]", "{\"sort\":\"name\",\"keys\":{\"name\":\"A\"}}",
            "{\"sort\":\"name\",\"keys\":{\"name\":\"A\",\"id\":\"x\"}}",
            "{\"sort\":\"name\",\"keys\":{\"name\":\"a\\u0000\",\"id\":\"1\"}}"}) {
            invalid(api.get(API + "?after=" + base64url(forged)), "after");
        }
        for (String moment : new String[] {"yesterday", "+999999999-12-31T23:59:59.999999999Z",
            "-999999999-01-01T00:00:00Z"}) {
            invalid(api.get(API + "?sort=-createdAt&after=" + base64url("{\"sort\":\"-createdAt\",\"keys\":"
                    + "{\"createdAt\":\"" + moment + "\",\"id\":\"1\"}}")), "after");
        }
        invalid(api.get(API + "?sort=name&after=" + byCode), "after")
                .andExpect(jsonPath("$.errors[0].message", containsString("sort=code")));
        invalid(api.get(API + "?sort=name&before=" + byCode), "before");
        invalid(api.get(API + "?sort=code&after=" + byCode + "&before=" + byCode), "before");
        invalid(api.get(API + "?after=" + "A".repeat(2001)), "after");
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            byte[] junk = new byte[1 + random.nextInt(60)];
            random.nextBytes(junk);
            invalid(api.get(API + "?after=" + Base64.getUrlEncoder().withoutPadding().encodeToString(junk)), "after");
        }
        api.get(API + "?sort=code&after=" + byCode).andExpect(status().isOk());
    }

    private String resolve(String path) {
        return API + (path == null ? "" : path.replace("{id}", String.valueOf(id))
                .replace("{contact}", String.valueOf(contact)).replace("{address}", String.valueOf(address)));
    }

    private static ResultActions problem(ResultActions response, int status) throws Exception {
        return response.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static ResultActions invalid(ResultActions response, String field) throws Exception {
        return problem(response, 400)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/validation-failed"))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
                .andExpect(jsonPath("$.detail", containsString("invalid")));
    }
}
