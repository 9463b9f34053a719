package dev.atrium.core.problem;

import static dev.atrium.core.test.Problems.invalid;
import static dev.atrium.core.test.Problems.malformed;
import static dev.atrium.core.test.Problems.problem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.ApiClient;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Input the API cannot even read as its request — broken JSON, a value of the wrong JSON type, an enum constant
 * that does not exist, an id that is no number — is a 400 problem naming what is wrong, never a 5xx. Proven on the
 * third parties' endpoints, an aggregate with child collections; {id}, {contact} and {address} are its rows.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputTest {

    private static final String API = "/api/v1/third-parties";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    ApiClient api;
    long id;
    long contact;
    long address;

    @BeforeAll
    void aThirdPartyWithAContactAndAnAddress() throws Exception {
        api = new ApiClient(mvc, tenants.create("Acme"));
        String party = api.post(API, """
                {"kind":"COMPANY","name":"Existing","contacts":[{"name":"Ann"}],
                 "addresses":[{"kind":"BILLING","line1":"1 Rd","city":"Oslo","country":"NO"}]}""")
                .andReturn().getResponse().getContentAsString();
        id = ((Number) JsonPath.read(party, "$.id")).longValue();
        contact = ((Number) JsonPath.read(party, "$.contacts[0].id")).longValue();
        address = ((Number) JsonPath.read(party, "$.addresses[0].id")).longValue();
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
            malformed(api.send(method, resolve(path), broken));
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} names {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            POST |                 | {"kind":"COMPANY","name":"T","supplier":"maybe"}          | supplier
            POST |                 | {"kind":"COMPANY","name":"T","contacts":"Ann"}            | contacts
            POST |                 | {"kind":"COMPANY","name":"T","paymentTerms":"NET_1000"}   | paymentTerms
            POST |                 | {"kind":"COMPANY","name":"T","currency":"XYZ"}            | currency
            PUT  | /{id}           | {"kind":"COMPANY","name":"T","version":"first"}           | version
            POST | /{id}/contacts  | {"name":"Ann","primary":[]}                               | primary
            POST | /{id}/addresses | {"kind":"HOME","line1":"x","city":"y","country":"FR"}     | kind
            """)
    void aValueOfTheWrongTypeIsAFieldErrorNamingTheField(HttpMethod method, String path, String json, String field)
            throws Exception {
        invalid(api.send(method, resolve(path), json), field);
    }

    @Test
    void anUnknownEnumValueNamesTheValuesItCouldHaveBeen() throws Exception {
        invalid(api.post(API, "{\"kind\":\"ROBOT\",\"name\":\"Enum\"}"), "kind")
                .andExpect(jsonPath("$.errors[0].message").value("must be one of COMPANY, INDIVIDUAL"));
    }

    @Test
    void anIdThatIsNoNumberIsABadRequest() throws Exception {
        problem(api.get(API + "/abc"), 400);
        problem(api.delete(API + "/" + id + "/contacts/1e99"), 400);
    }

    private String resolve(String path) {
        return API + (path == null ? "" : path.replace("{id}", String.valueOf(id))
                .replace("{contact}", String.valueOf(contact)).replace("{address}", String.valueOf(address)));
    }
}
