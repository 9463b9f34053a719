package dev.atrium.core.party;

import static dev.atrium.core.party.ThirdPartyClient.API;
import static dev.atrium.core.party.ThirdPartyClient.party;
import static dev.atrium.core.test.Problems.invalid;
import static dev.atrium.core.test.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenants;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The third parties' API: codes, versions, archiving, contacts and addresses, and the party's own field rules. */
@PlatformTest
class ThirdPartyApiTest {

    private static final String BILLING = "{\"kind\":\"BILLING\",\"line1\":\"1 Rd\",\"city\":\"Oslo\",\"country\":\"NO\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    ThirdPartyClient api;

    @BeforeEach
    void newTenant() {
        api = new ThirdPartyClient(mvc, tenants.create("Acme"));
    }

    @Test
    void creatingACustomerWithContactsAndAddressesAssignsTheFirstCustomerCode() throws Exception {
        long id = api.create("""
                {"kind":"COMPANY","name":"Boulangerie Martin","salesRelation":"CUSTOMER","taxId":"fr 40 303.265.045",
                 "email":"hello@martin.fr","paymentTerms":"NET_30",
                 "contacts":[{"name":"Claire Martin","jobTitle":"Owner","primary":true}],
                 "addresses":[{"kind":"BILLING","line1":"12 rue des Lilas","postalCode":"75011","city":"Paris",
                               "country":"FR"}]}""");

        api.get(API + "/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("C00001"))
                .andExpect(jsonPath("$.taxId").value("FR40303265045"))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.contacts[0].name").value("Claire Martin"))
                .andExpect(jsonPath("$.contacts[0].primary").value(true))
                .andExpect(jsonPath("$.addresses[0].city").value("Paris"));
        assertThat(api.create(party("Second", "\"salesRelation\":\"CUSTOMER\""))).isNotEqualTo(id);
        api.get(API + "?q=Second").andExpect(jsonPath("$.items[0].code").value("C00002"));
    }

    @Test
    void prospectsAndSuppliersGetTheirOwnCodeSeriesAGivenCodeIsKeptAndAUsedOneRefused() throws Exception {
        api.create(party("Maybe Ltd", "\"salesRelation\":\"PROSPECT\""));
        api.create(party("Parts Inc", "\"supplier\":true"));
        api.create(party("Own Code", "\"code\":\"ACME-7\""));

        api.get(API + "?sort=code").andExpect(jsonPath("$.items[*].code", contains("ACME-7", "P00001", "S00001")));
        api.post(API, party("Second", "\"code\":\"ACME-7\"")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/third-party-code-taken"));
    }

    @Test
    void aFullUpdateChangesTheThirdPartyBumpsItsVersionAndAStaleVersionIsAConflict() throws Exception {
        long id = api.create(party("Old Name", "\"salesRelation\":\"PROSPECT\""));
        long version = api.version(id);

        api.put(API + "/" + id, """
                {"version":%d,"kind":"INDIVIDUAL","name":"New Name","salesRelation":"CUSTOMER","supplier":true,
                 "paymentTerms":"END_OF_MONTH","currency":"CHF","notes":"Prefers email"}""".formatted(version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("New Name"))
                .andExpect(jsonPath("$.salesRelation").value("CUSTOMER"))
                .andExpect(jsonPath("$.supplier").value(true))
                .andExpect(jsonPath("$.currency").value("CHF"))
                .andExpect(jsonPath("$.code").value("P00001"))
                .andExpect(jsonPath("$.version").value(version + 1));
        api.put(API + "/" + id, party("Second writer", "\"version\":" + version)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/concurrent-modification"));
        api.get(API + "/" + id).andExpect(jsonPath("$.name").value("New Name"));
    }

    @Test
    void anArchivedThirdPartyLeavesTheListIsReadOnlyAndComesBackWhenRestored() throws Exception {
        long id = api.create(party("Sleepy", "\"contacts\":[{\"name\":\"Kept Too\"}]"));
        api.delete(API + "/" + id).andExpect(status().isMethodNotAllowed());
        api.put(API + "/" + id, party("Sleepy", "\"status\":\"ARCHIVED\",\"version\":" + api.version(id)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        api.post(API + "/" + id + "/archive", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ARCHIVED"));
        api.post(API + "/" + id + "/archive", "").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/third-party-status-unchanged"));

        api.post(API + "/" + id + "/contacts", "{\"name\":\"Late Contact\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/third-party-archived"));
        api.put(API + "/" + id, party("Renamed", "\"version\":" + api.version(id))).andExpect(status().isConflict());
        api.get(API + "?q=Sleepy").andExpect(jsonPath("$.items", hasSize(0)));
        api.get(API + "?q=Sleepy&status=ARCHIVED").andExpect(jsonPath("$.items[0].id").value(id));
        api.get(API + "/" + id).andExpect(jsonPath("$.contacts[0].name").value("Kept Too"));

        api.post(API + "/" + id + "/restore", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        api.put(API + "/" + id, party("Awake", "\"version\":" + api.version(id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Awake"));
    }

    @Test
    void aThirdPartyAndAListRowAnswerExactlyTheirFields() throws Exception {
        long id = api.create(party("Shaped", "\"contacts\":[{\"name\":\"Sam\"}],\"addresses\":[" + BILLING + "]"));
        String one = api.body(API + "/" + id);
        assertThat(JsonPath.<Map<String, Object>>read(one, "$").keySet()).containsExactlyInAnyOrder("id", "version",
                "code", "name", "kind", "salesRelation", "supplier", "status", "taxId", "email", "phone", "website",
                "paymentTerms", "currency", "notes", "createdAt", "updatedAt", "contacts", "addresses");
        assertThat(JsonPath.<Map<String, Object>>read(one, "$.contacts[0]").keySet())
                .containsExactlyInAnyOrder("id", "version", "name", "jobTitle", "email", "phone", "primary");
        assertThat(JsonPath.<Map<String, Object>>read(one, "$.addresses[0]").keySet())
                .containsExactlyInAnyOrder("id", "version", "kind", "line1", "line2", "postalCode", "city", "region",
                        "country");
        assertThat(JsonPath.<Map<String, Object>>read(api.body(API), "$.items[0]").keySet())
                .containsExactlyInAnyOrder("id", "code", "name", "kind", "salesRelation", "supplier", "status",
                        "taxId", "email", "phone", "createdAt");
    }

    @Test
    void theListSearchesAndFiltersByRelationAndCountry() throws Exception {
        api.create(party("Alpha Bakery", "\"salesRelation\":\"CUSTOMER\",\"email\":\"bread@alpha.test\""));
        api.create(party("Beta Builders", "\"salesRelation\":\"PROSPECT\",\"taxId\":\"DE129273398\""));
        api.create(party("Gamma Garage", "\"salesRelation\":\"CUSTOMER\",\"supplier\":true,"
                + "\"addresses\":[{\"kind\":\"BILLING\",\"line1\":\"1 Main St\",\"city\":\"Bern\",\"country\":\"CH\"}]"));

        api.get(API + "?q=alpha.test").andExpect(jsonPath("$.items[*].name", contains("Alpha Bakery")));
        api.get(API + "?relation=customer&sort=-name")
                .andExpect(jsonPath("$.items[*].name", contains("Gamma Garage", "Alpha Bakery")));
        api.get(API + "?relation=supplier").andExpect(jsonPath("$.items[*].name", contains("Gamma Garage")));
        api.get(API + "?country=CH").andExpect(jsonPath("$.items[*].name", contains("Gamma Garage")));
        api.get(API + "?status=ARCHIVED").andExpect(jsonPath("$.items", hasSize(0)));
        invalid(api.get(API + "?relation=friend"), "relation");
        invalid(api.get(API + "?country=France"), "country");
    }

    @Test
    void contactsKeepOnePrimaryAndAddressesAreChangedAndRemovedOnTheirOwn() throws Exception {
        long id = api.create(party("Children Co", "\"contacts\":[{\"name\":\"Ann\",\"primary\":true}]"));
        long bob = ThirdPartyClient.id(api.post(API + "/" + id + "/contacts", "{\"name\":\"Bob\",\"primary\":true}"));
        api.get(API + "/" + id).andExpect(jsonPath("$.contacts[?(@.primary == true)].name", contains("Bob")));
        api.put(API + "/" + id + "/contacts/" + bob, "{\"version\":0,\"name\":\"Robert\",\"jobTitle\":\"Buyer\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.jobTitle").value("Buyer"));
        api.delete(API + "/" + id + "/contacts/" + bob).andExpect(status().isNoContent());
        api.get(API + "/" + id).andExpect(jsonPath("$.contacts[*].name", contains("Ann")));

        long address = ThirdPartyClient.id(api.post(API + "/" + id + "/addresses", BILLING));
        api.put(API + "/" + id + "/addresses/" + address, BILLING.replace("{", "{\"version\":0,")
                        .replace("1 Rd", "6 Dock Rd"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.line1").value("6 Dock Rd"));
        problem(api.put(API + "/" + id + "/contacts/" + address, "{\"version\":0,\"name\":\"Ann\"}"), 404);
        api.delete(API + "/" + id + "/addresses/" + address).andExpect(status().isNoContent());
        api.get(API + "/" + id).andExpect(jsonPath("$.addresses", hasSize(0)));
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /999999999999                | 404
            PUT    | /999999999999                | 404
            POST   | /999999999999/archive        | 404
            POST   | /999999999999/restore        | 404
            POST   | /999999999999/contacts       | 404
            PUT    | /{id}/contacts/999999999999  | 404
            DELETE | /{id}/addresses/999999999999 | 404
            """)
    void unknownThirdPartiesContactsAndAddressesAreNotFound(HttpMethod method, String path, int status)
            throws Exception {
        String id = String.valueOf(api.create(party("Existing", "")));
        String body = path.contains("contacts") ? "{\"version\":0,\"name\":\"Ann\"}" : party("Ghost", "\"version\":0");
        problem(api.send(method, API + path.replace("{id}", id),
                method == HttpMethod.PUT || method == HttpMethod.POST ? body : null), status);
    }

    @ParameterizedTest(name = "{0} {1} {2} names {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            POST |                 | {}                                                          | kind
            POST |                 | {}                                                          | name
            PUT  | /{id}           | {"kind":"COMPANY","name":"No Version"}                      | version
            POST | /{id}/contacts  | {"jobTitle":"x"}                                            | name
            POST | /{id}/addresses | {"kind":"BILLING","line1":"x"}                              | city
            POST |                 | {"kind":"COMPANY","name":"{201}"}                           | name
            POST |                 | {"kind":"COMPANY","name":"T","email":"not-an-email"}        | email
            POST |                 | {"kind":"COMPANY","name":"T","taxId":"12345"}               | taxId
            POST |                 | {"kind":"COMPANY","name":"T","code":"has space"}            | code
            POST |                 | {"kind":"COMPANY","name":"T","website":"javascript:x()"}    | website
            POST |                 | {"kind":"COMPANY","name":"T","notes":"{4001}"}              | notes
            POST |                 | {"kind":"COMPANY","name":"T","contacts":[{"name":"{201}"}]} | contacts[0].name
            POST | /{id}/contacts  | {"name":"Ann","phone":"call me"}                            | phone
            POST | /{id}/addresses | {"kind":"BILLING","line1":"x","city":"y","country":"France"} | country
            PUT  | /{id}           | {"kind":"COMPANY","name":"T","version":0,"contacts":[{"name":"A"}]} | contacts
            POST |                 | {"kind":"COMPANY","name":"T","contacts":[{"name":""}]}      | contacts[0].name
            POST |                 | {"kind":"COMPANY","name":"T","addresses":[{"kind":"BILLING","line1":"x","city":"y","country":"fr"}]} | addresses[0].country
            """)
    void aFieldBreakingAThirdPartyRuleIsNamedAndNothingIsWritten(HttpMethod method, String path, String json,
            String field) throws Exception {
        String id = String.valueOf(api.create(party("Existing", "")));
        invalid(api.send(method, API + (path == null ? "" : path.replace("{id}", id)),
                json.replace("{201}", "x".repeat(201)).replace("{4001}", "n".repeat(4001))), field);
        api.get(API + "/" + id).andExpect(jsonPath("$.contacts", hasSize(0))).andExpect(jsonPath("$.version").value(0));
        api.get(API).andExpect(jsonPath("$.items[*].name", contains("Existing")));
    }

    @Test
    void theCsvExportKeepsTheFiltersAndTheTextWithReadableHeadersAndValuesABomAndADatedName() throws Exception {
        api.create(party("Élan Café", "\"salesRelation\":\"CUSTOMER\",\"code\":\"ELAN\""));
        api.create(party("Smith, Jones", "\"salesRelation\":\"CUSTOMER\",\"code\":\"SJP\""));
        api.create(party("Not A Customer", "\"supplier\":true"));

        byte[] csv = api.get(API + "/export.csv?relation=customer&sort=code").andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", matchesPattern(
                        "attachment; filename=\"third-parties-\\d{4}-\\d{2}-\\d{2}\\.csv\".*")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).as("header and the customers, in order")
                .hasSize(3).satisfies(lines -> assertThat(lines[0])
                        .isEqualTo("Code,Name,Kind,Relation,Supplier,Status,Tax id,Email,Phone,Created"))
                .satisfies(lines -> assertThat(lines[1]).startsWith("ELAN,Élan Café,Company,Customer,No,Active"))
                .satisfies(lines -> assertThat(lines[2]).startsWith("SJP,\"Smith, Jones\",Company"));
    }

    @Test
    void theExportSpeaksTheUsersLanguageTakesTheFieldsAskedForAndNeutralisesFormulas() throws Exception {
        api.create(party("=HYPERLINK(\\\"http://x\\\")", "\"code\":\"EVIL\",\"email\":\"a@b.example\""));

        // The user's own language, which comes before the company's and the browser's.
        mvc.perform(put("/api/v1/me").header("Authorization", api.tenant().bearer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\": \"%s\", \"language\": \"fr\"}"
                        .formatted(api.tenant().owner().displayName()))).andExpect(status().isOk());
        String text = mvc.perform(get(API + "/export.csv?fields=name,status,code")
                        .header("Authorization", api.tenant().bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text.substring(1).split("\r\n")).as("the fields asked for, in their order, in French")
                .containsExactly("Nom,Statut,Code", "\"'=HYPERLINK(\"\"http://x\"\")\",Actif,EVIL");

        invalid(api.get(API + "/export.csv?fields=name,password"), "fields");
        invalid(api.get(API + "/export.xlsx?fields=name,name"), "fields");
    }

    @Test
    void theXlsxExportHasTheSameColumnsAsTheCsvOne() throws Exception {
        api.create(party("Élan Café", "\"salesRelation\":\"CUSTOMER\",\"code\":\"ELAN\""));
        api.create(party("@SUM(A1)", "\"code\":\"AT\""));

        var response = api.get(API + "/export.xlsx?sort=code&fields=code,name,salesRelation")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", matchesPattern(
                        "attachment; filename=\"third-parties-\\d{4}-\\d{2}-\\d{2}\\.xlsx\".*")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff")).andReturn().getResponse();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("header and two rows").isEqualTo(2);
            assertThat(List.of(sheet.getRow(0).getCell(0).getStringCellValue(),
                    sheet.getRow(0).getCell(1).getStringCellValue(), sheet.getRow(0).getCell(2).getStringCellValue()))
                    .containsExactly("Code", "Name", "Relation");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).as("a formula typed in, left inert")
                    .isEqualTo("'@SUM(A1)");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Élan Café");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Customer");
        }
    }

    @Test
    void aSelectionIsExportedAloneAndArchivedAllOrNothing() throws Exception {
        long first = api.create(party("First", ""));
        long second = api.create(party("Second", ""));
        long third = api.create(party("Third", ""));

        String csv = api.get(API + "/export.csv?fields=name&ids=" + first + "," + third).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.substring(1).split("\r\n")).containsExactly("Name", "First", "Third");

        api.post(API + "/archive", "{\"ids\":[" + first + "," + second + "]}").andExpect(status().isOk())
                .andExpect(jsonPath("$.archived", contains((int) first, (int) second)));
        api.get(API).andExpect(jsonPath("$.items[*].name", contains("Third")));

        api.post(API + "/archive", "{\"ids\":[" + third + "," + first + "]}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/third-party-status-unchanged"));
        invalid(api.post(API + "/archive", "{\"ids\":[" + third + ",999999999]}"), "ids");
        invalid(api.post(API + "/archive", "{\"ids\":[]}"), "ids");
        api.get(API).andExpect(jsonPath("$.items[*].name", contains("Third")))
                .andExpect(jsonPath("$.count.value").value(1));
        api.get(API + "?archived=true").andExpect(jsonPath("$.items[*].name", contains("First", "Second", "Third")));
        api.get(API + "/" + first + "/history").andExpect(jsonPath("$.items[0].changes[0].after").value("archived"));
    }

    @Test
    void theListCountsItsMatchesExactlyUpToTheCap() throws Exception {
        api.create(party("Alpha", ""));
        api.create(party("Beta", ""));
        api.get(API + "?size=1").andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.count.value").value(2)).andExpect(jsonPath("$.count.exact").value(true));
        api.get(API + "?q=alp").andExpect(jsonPath("$.count.value").value(1));
    }

    @Test
    void theOpenApiDocumentDescribesTheThirdPartyEndpoints() throws Exception {
        api.get("/v3/api-docs").andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/third-parties'].get.tags[0]").value("Third parties"))
                .andExpect(jsonPath("$.paths['/api/v1/third-parties/{id}/contacts/{contactId}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/third-parties/export.csv'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/third-parties/export.xlsx'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/third-parties/archive'].post").exists());
    }
}
