package dev.atrium.core.party;

import static dev.atrium.core.party.ThirdPartyClient.API;
import static dev.atrium.core.party.ThirdPartyClient.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenants;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class ThirdPartyApiTest {

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

        api.get(API + "/" + id)
                .andExpect(status().isOk())
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
    void prospectsAndSuppliersGetTheirOwnCodeSeriesAndAGivenCodeIsKept() throws Exception {
        api.create(party("Maybe Ltd", "\"salesRelation\":\"PROSPECT\""));
        api.create(party("Parts Inc", "\"supplier\":true"));
        api.create(party("Own Code", "\"code\":\"ACME-7\""));

        api.get(API + "?sort=code").andExpect(jsonPath("$.items[*].code", contains("ACME-7", "P00001", "S00001")));
    }

    @Test
    void aFullUpdateChangesTheThirdPartyAndBumpsItsVersion() throws Exception {
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
    }

    @Test
    void anUpdateCarryingAStaleVersionIsRefusedWithConflict() throws Exception {
        long id = api.create(party("Contested", ""));
        long version = api.version(id);
        api.put(API + "/" + id, party("First writer", "\"version\":" + version)).andExpect(status().isOk());

        api.put(API + "/" + id, party("Second writer", "\"version\":" + version))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/concurrent-modification"));
        api.get(API + "/" + id).andExpect(jsonPath("$.name").value("First writer"));
    }

    @Test
    void anArchivedThirdPartyLeavesTheListIsReadOnlyAndComesBackWhenRestored() throws Exception {
        long id = api.create(party("Sleepy", ""));
        api.post(API + "/" + id + "/archive", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ARCHIVED"));
        api.post(API + "/" + id + "/archive", "").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/third-party-status-unchanged"));

        api.post(API + "/" + id + "/contacts", "{\"name\":\"Late Contact\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/third-party-archived"));
        api.put(API + "/" + id, party("Renamed", "\"version\":" + api.version(id)))
                .andExpect(status().isConflict());
        api.get(API + "?q=Sleepy").andExpect(jsonPath("$.items", hasSize(0)));
        api.get(API + "?q=Sleepy&status=ARCHIVED").andExpect(jsonPath("$.items[0].id").value(id));
        api.get(API + "/" + id).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Sleepy"));

        api.post(API + "/" + id + "/restore", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        api.put(API + "/" + id, party("Awake", "\"version\":" + api.version(id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Awake"));
    }

    @Test
    void theStatusIsNotChangedByAnUpdateButByArchivingOrRestoring() throws Exception {
        long id = api.create(party("Steady", ""));
        api.put(API + "/" + id, party("Steady", "\"status\":\"ARCHIVED\",\"version\":" + api.version(id)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        api.get(API + "/" + id).andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void aThirdPartyAndAListRowAnswerExactlyTheirFields() throws Exception {
        long id = api.create(party("Shaped", "\"contacts\":[{\"name\":\"Sam\"}],\"addresses\":[{\"kind\":\"BILLING\","
                + "\"line1\":\"1 Road\",\"city\":\"Cork\",\"country\":\"IE\"}]"));
        String one = api.get(API + "/" + id).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Map<String, Object>>read(one, "$").keySet()).containsExactlyInAnyOrder("id", "version",
                "code", "name", "kind", "salesRelation", "supplier", "status", "taxId", "email", "phone", "website",
                "paymentTerms", "currency", "notes", "createdAt", "updatedAt", "contacts", "addresses");
        assertThat(JsonPath.<Map<String, Object>>read(one, "$.contacts[0]").keySet())
                .containsExactlyInAnyOrder("id", "name", "jobTitle", "email", "phone", "primary");
        assertThat(JsonPath.<Map<String, Object>>read(one, "$.addresses[0]").keySet())
                .containsExactlyInAnyOrder("id", "kind", "line1", "line2", "postalCode", "city", "region", "country");
        String list = api.get(API).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Map<String, Object>>read(list, "$.items[0]").keySet()).containsExactlyInAnyOrder("id",
                "code", "name", "kind", "salesRelation", "supplier", "status", "taxId", "email", "phone", "createdAt");
    }

    @Test
    void aCodeAlreadyUsedIsRefusedWithConflict() throws Exception {
        api.create(party("First", "\"code\":\"X1\""));
        api.post(API, party("Second", "\"code\":\"X1\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/third-party-code-taken"));
    }

    @Test
    void theListSearchesFiltersSortsAndPagesByCursor() throws Exception {
        api.create(party("Alpha Bakery", "\"salesRelation\":\"CUSTOMER\",\"email\":\"bread@alpha.test\""));
        api.create(party("Beta Builders", "\"salesRelation\":\"PROSPECT\",\"taxId\":\"DE129273398\""));
        api.create(party("Gamma Garage", "\"salesRelation\":\"CUSTOMER\",\"supplier\":true,"
                + "\"addresses\":[{\"kind\":\"BILLING\",\"line1\":\"1 Main St\",\"city\":\"Bern\",\"country\":\"CH\"}]"));

        api.get(API + "?q=alpha.test").andExpect(jsonPath("$.items[*].name", contains("Alpha Bakery")));
        api.get(API + "?q=de1292").andExpect(jsonPath("$.items[*].name", contains("Beta Builders")));
        api.get(API + "?relation=customer&sort=-name")
                .andExpect(jsonPath("$.items[*].name", contains("Gamma Garage", "Alpha Bakery")));
        api.get(API + "?relation=supplier").andExpect(jsonPath("$.items[*].name", contains("Gamma Garage")));
        api.get(API + "?country=CH").andExpect(jsonPath("$.items[*].name", contains("Gamma Garage")));
        api.get(API + "?status=ARCHIVED").andExpect(jsonPath("$.items", hasSize(0)));
        String first = api.get(API + "?sort=name&size=2")
                .andExpect(jsonPath("$.items[*].name", contains("Alpha Bakery", "Beta Builders")))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.hasNext").value(true))
                .andExpect(jsonPath("$.hasPrevious").value(false))
                .andReturn().getResponse().getContentAsString();
        api.get(API + "?sort=name&size=2&after=" + com.jayway.jsonpath.JsonPath.read(first, "$.next"))
                .andExpect(jsonPath("$.items[*].name", contains("Gamma Garage")))
                .andExpect(jsonPath("$.hasNext").value(false))
                .andExpect(jsonPath("$.next").isEmpty())
                .andExpect(jsonPath("$.hasPrevious").value(true));
    }

    @Test
    void aSearchTreatsPercentAndUnderscoreLiterally() throws Exception {
        api.create(party("100% Organic", ""));
        api.create(party("Plain Foods", ""));
        api.get(API + "?q=%25").andExpect(jsonPath("$.items[*].name", contains("100% Organic")));
        api.get(API + "?q=_").andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void contactsAreAddedChangedAndRemovedWithOnePrimaryAtATime() throws Exception {
        long id = api.create(party("Contacts Co", "\"contacts\":[{\"name\":\"Ann\",\"primary\":true}]"));
        long bob = ThirdPartyClient.id(api.post(API + "/" + id + "/contacts",
                "{\"name\":\"Bob\",\"email\":\"bob@contacts.test\",\"primary\":true}"));

        api.get(API + "/" + id)
                .andExpect(jsonPath("$.contacts[?(@.primary == true)].name", contains("Bob")));
        api.put(API + "/" + id + "/contacts/" + bob, "{\"name\":\"Robert\",\"jobTitle\":\"Buyer\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jobTitle").value("Buyer"));
        api.delete(API + "/" + id + "/contacts/" + bob).andExpect(status().isNoContent());
        api.get(API + "/" + id).andExpect(jsonPath("$.contacts[*].name", contains("Ann")));
    }

    @Test
    void addressesAreAddedChangedAndRemoved() throws Exception {
        long id = api.create(party("Addresses Co", ""));
        long address = ThirdPartyClient.id(api.post(API + "/" + id + "/addresses",
                "{\"kind\":\"SHIPPING\",\"line1\":\"5 Dock Rd\",\"city\":\"Leeds\",\"country\":\"GB\"}"));

        api.put(API + "/" + id + "/addresses/" + address,
                        "{\"kind\":\"BILLING\",\"line1\":\"6 Dock Rd\",\"city\":\"Leeds\",\"country\":\"GB\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.line1").value("6 Dock Rd"));
        api.delete(API + "/" + id + "/addresses/" + address).andExpect(status().isNoContent());
        api.get(API + "/" + id).andExpect(jsonPath("$.addresses", hasSize(0)));
    }

    @Test
    void aThirdPartyIsNeverDeletedOnlyArchived() throws Exception {
        long id = api.create(party("Kept", "\"contacts\":[{\"name\":\"Kept Too\"}]"));
        api.delete(API + "/" + id).andExpect(status().isMethodNotAllowed());
        api.post(API + "/" + id + "/archive", "").andExpect(status().isOk());
        api.get(API + "/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts[0].name").value("Kept Too"));
    }

    @Test
    void theCsvExportKeepsTheFiltersAndEscapesCommasQuotesAndLineBreaks() throws Exception {
        api.create(party("Smith, Jones & \\\"Partners\\\"", "\"salesRelation\":\"CUSTOMER\",\"code\":\"SJP\","
                + "\"email\":\"office@sjp.test\""));
        api.create(party("Élan Café", "\"salesRelation\":\"CUSTOMER\",\"code\":\"ELAN\""));
        api.create(party("Two\\nLines", "\"salesRelation\":\"CUSTOMER\",\"code\":\"TWO\""));
        api.create(party("Not A Customer", "\"supplier\":true"));

        byte[] csv = api.get(API + "/export.csv?relation=customer&sort=code")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("third-parties.csv")))
                .andReturn().getResponse().getContentAsByteArray();

        String[] lines = new String(csv, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).as("header and the three customers, no supplier").hasSize(4);
        assertThat(lines[0]).startsWith("code,name,kind");
        assertThat(lines[1]).as("UTF-8 kept").startsWith("ELAN,Élan Café,COMPANY,CUSTOMER,false,ACTIVE");
        assertThat(lines[2]).as("comma and quotes escaped")
                .startsWith("SJP,\"Smith, Jones & \"\"Partners\"\"\",COMPANY");
    }

    @Test
    void theOpenApiDocumentDescribesTheThirdPartyEndpoints() throws Exception {
        api.get("/v3/api-docs")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/third-parties'].get.tags[0]").value("Third parties"))
                .andExpect(jsonPath("$.paths['/api/v1/third-parties/{id}/contacts/{contactId}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/third-parties/export.csv'].get").exists());
    }
}
