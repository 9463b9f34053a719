package dev.atrium.core.party;

import static dev.atrium.core.party.ThirdPartyClient.API;
import static dev.atrium.core.party.ThirdPartyClient.party;
import static dev.atrium.core.test.Problems.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.Browser;
import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Importing third parties from CSV: a preview with each row's errors, then all rows or none, never on cancel. */
@PlatformTest
class ThirdPartyImportTest {

    private static final String GOOD_AND_BAD = """
            Name,Code,Email,Relation,Supplier
            "Boulangerie Martin, Paris",BM-1,hello@martin.example,Customer,no
            Bad Mail Ltd,,not an email,Client,oui
            ,NONAME,,,maybe
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @LocalServerPort
    int port;

    TestTenant acme;
    ThirdPartyClient api;
    PageSession owner;
    String pages;

    @BeforeEach
    void newTenant() throws Exception {
        acme = tenants.create("Acme");
        api = new ThirdPartyClient(mvc, acme);
        owner = PageSession.owner(mvc, acme);
        pages = "/t/" + acme.slug() + "/third-parties";
    }

    @Test
    void aDryRunNamesEachBadRowByItsLineAndAnImportWithABadRowWritesNothing() throws Exception {
        importing(GOOD_AND_BAD, true).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].line", contains(2, 3, 4)))
                .andExpect(jsonPath("$.rows[0].errors", hasSize(0)))
                .andExpect(jsonPath("$.rows[1].errors[0]").value("email: must be a well-formed email address"))
                .andExpect(jsonPath("$.rows[2].errors", contains("supplier: must be yes or no",
                        "name: must not be blank")))
                .andExpect(jsonPath("$.imported", hasSize(0)));
        invalid(importing(GOOD_AND_BAD, false), "rows[3]");
        api.get(API).andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void aGoodFileIsImportedWholeWithTheValuesAnExportWritesAndAnExportComesBackIn() throws Exception {
        api.create(party("Taken", "\"code\":\"TAKEN\""));
        importing("\uFEFFNom;Code;Type;Relation;Fournisseur;E-mail\n"
                + "Élan Café;ELAN;Société;Client;oui;desk@elan.example\n"
                + "Jean Dupont;;Particulier;;non;\n", false).andExpect(status().isOk())
                .andExpect(jsonPath("$.imported", hasSize(2)));
        api.get(API + "?q=elan").andExpect(jsonPath("$.items[0].code").value("ELAN"))
                .andExpect(jsonPath("$.items[0].salesRelation").value("CUSTOMER"))
                .andExpect(jsonPath("$.items[0].supplier").value(true));
        api.get(API + "?q=dupont").andExpect(jsonPath("$.items[0].kind").value("INDIVIDUAL"));

        String exported = new String(api.get(API + "/export.csv?q=elan").andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8).replace("ELAN", "ELAN2");
        importing(exported, true).andExpect(jsonPath("$.rows[0].errors", hasSize(0)));
        importing("Name,Code\nAgain,TAKEN\nTwice,TW\nThrice,TW\n", true)
                .andExpect(jsonPath("$.rows[0].errors", contains("code: already used")))
                .andExpect(jsonPath("$.rows[2].errors", contains("code: already used")));
    }

    @Test
    void aRowBringsItsAddressAndPrimaryContactWhenTheFileHasThoseColumns() throws Exception {
        String answer = importing("Name,Street,Postcode,City,Country,Contact,Contact email,Contact phone\n"
                + "Boulangerie Martin,3 rue Haute,75001,Paris,France,Marie Martin,marie@martin.example,+33 1 23 45\n"
                + "Corner Shop,1 High Street,SW1A 1AA,London,,,,\n"
                + "Bare Ltd,,,,,,,\n", false)
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported", hasSize(3)))
                .andReturn().getResponse().getContentAsString();
        List<Object> ids = JsonPath.read(answer, "$.imported");
        api.get(API + "/" + ids.get(0))
                .andExpect(jsonPath("$.addresses[0].kind").value("BILLING"))
                .andExpect(jsonPath("$.addresses[0].line1").value("3 rue Haute"))
                .andExpect(jsonPath("$.addresses[0].postalCode").value("75001"))
                .andExpect(jsonPath("$.addresses[0].city").value("Paris"))
                .andExpect(jsonPath("$.addresses[0].country").value("FR"))
                .andExpect(jsonPath("$.contacts[0].name").value("Marie Martin"))
                .andExpect(jsonPath("$.contacts[0].email").value("marie@martin.example"))
                .andExpect(jsonPath("$.contacts[0].phone").value("+33 1 23 45"))
                .andExpect(jsonPath("$.contacts[0].primary").value(true));
        api.get(API + "/" + ids.get(1))
                .andExpect(jsonPath("$.addresses[0].country").value("GB"))
                .andExpect(jsonPath("$.contacts", hasSize(0)));
        api.get(API + "/" + ids.get(2))
                .andExpect(jsonPath("$.addresses", hasSize(0)))
                .andExpect(jsonPath("$.contacts", hasSize(0)));
    }

    @Test
    void aBadAddressOrContactNamesItsColumnOnItsRowAndNothingIsWritten() throws Exception {
        String file = "Name,Street,City,Pays,Contact,E-mail du contact\n"
                + "Good Ltd,1 Main Road,Leeds,be,,\n"
                + "No City Ltd,2 Main Road,,FR,,\n"
                + "Nowhere Ltd,3 Main Road,Springfield,Atlantis,,\n"
                + "Bad Mail Ltd,,,,,not-an-email\n";
        importing(file, true).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].errors", hasSize(0)))
                .andExpect(jsonPath("$.rows[1].errors", contains("city: must not be blank")))
                .andExpect(jsonPath("$.rows[2].errors",
                        contains("country: must be an ISO 3166 code such as FR or a country's name")))
                .andExpect(jsonPath("$.rows[3].errors", containsInAnyOrder("contactName: must not be blank",
                        "contactEmail: must be a well-formed email address")));
        invalid(importing(file, false), "rows[3]");
        api.get(API).andExpect(jsonPath("$.items", hasSize(0)));

        Document preview = Jsoup.parse(upload(file).andReturn().getResponse().getContentAsString());
        assertThat(preview.select("#import-rows thead th").eachText()).as("the columns the file holds")
                .contains("Name", "Street", "City", "Country", "Contact", "Contact email").doesNotContain("Postcode");
        assertThat(preview.select("#import-rows tbody tr").get(2).text())
                .contains("Atlantis", "country: must be an ISO 3166 code");
    }

    @Test
    void aFileWithoutANameColumnTooLargeOrTooLongIsRefusedWhole() throws Exception {
        invalid(importing("Code,Email\nX,a@b.example\n", true), "file");
        invalid(importing("Name\n" + "x".repeat(ThirdPartyImport.MAX_BYTES), true), "file");
        invalid(importing("Name\n" + "Row\n".repeat(ThirdPartyImport.MAX_ROWS + 1), true), "file");
        invalid(importing("Name,\"Code\n\"unclosed", true), "file");
    }

    @Test
    void thePagePreviewsEveryRowWithItsErrorsAndImportsOnlyOnConfirmation() throws Exception {
        Document preview = Jsoup.parse(upload(GOOD_AND_BAD).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(preview.getElementById("import-summary").text()).isEqualTo("3 rows, 1 without errors.");
        assertThat(preview.select("#import-rows tbody tr").get(1).text())
                .contains("Bad Mail Ltd", "email: must be a well-formed email address");
        assertThat(preview.getElementById("confirm-import")).as("no import while a row is in error").isNull();
        assertThat(preview.getElementById("import-ignored")).isNull();
        api.get(API).andExpect(jsonPath("$.items", hasSize(0)));

        String good = "Name,Code,Status\nFirst Ltd,F1,Active\nSecond Ltd,,Active\n";
        Document ready = Jsoup.parse(upload(good).andReturn().getResponse().getContentAsString());
        assertThat(ready.getElementById("confirm-import").text()).isEqualTo("Import 2 third parties");
        assertThat(ready.getElementById("import-ignored").text()).isEqualTo("Columns left aside: Status.");
        assertThat(ready.getElementById("cancel-import").attr("href")).isEqualTo(pages);
        api.get(API).andExpect(jsonPath("$.items", hasSize(0)));

        owner.perform(post(pages + "/import/confirm").with(csrf()).param("csv", ready.select("input[name=csv]").val()))
                .andExpect(redirectedUrl(pages)).andExpect(flash().attribute("noticeCount", 2));
        api.get(API).andExpect(jsonPath("$.items[*].name", contains("First Ltd", "Second Ltd")));

        Document again = Jsoup.parse(owner.perform(post(pages + "/import/confirm").with(csrf()).param("csv", good))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(again.select("#import-rows tbody tr").getFirst().text()).as("F1 is taken now")
                .contains("code: already used");
        api.get(API).andExpect(jsonPath("$.items", hasSize(2)));

        Document refused = Jsoup.parse(upload("Code\nX\n").andReturn().getResponse().getContentAsString());
        assertThat(refused.getElementById("import-refusal").text()).startsWith("The file could not be read.");
    }

    @Test
    @ResourceLock("browser")
    void inABrowserAFileWithABadRowIsPreviewedWithItsErrorAndNothingIsImportedUntilItIsMended() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Chromium and chromedriver are not installed");
        Path bad = Files.createTempFile("parties", ".csv");
        Path good = Files.createTempFile("parties", ".csv");
        try (Browser browser = Browser.open(port)) {
            Files.writeString(bad, GOOD_AND_BAD);
            Files.writeString(good, "Name,Email\nMended Mail Ltd,desk@mended.example\n");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
            browser.signIn(acme.slug(), acme.owner().email(), TestTenant.PASSWORD).go(pages)
                    .clickAndWaitFor(By.id("import-third-parties"), "/import");
            browser.driver().findElement(By.id("file")).sendKeys(bad.toString());
            browser.click(By.id("preview-import"));
            assertThat(browser.text(By.id("import-summary"))).isEqualTo("3 rows, 1 without errors.");
            assertThat(browser.text(By.id("import-rows"))).contains("email: must be a well-formed email address");
            assertThat(browser.driver().findElements(By.id("confirm-import"))).as("no import button").isEmpty();
            screenshot(browser, "party-import-preview-1366");
            browser.click(By.id("another-file"));
            browser.driver().findElement(By.id("file")).sendKeys(good.toString());
            browser.click(By.id("preview-import"));
            browser.clickAndWaitFor(By.id("confirm-import"), pages);
            assertThat(browser.text(By.id("list-notice"))).isEqualTo("1 third party imported.");
            assertThat(browser.text(By.id("third-parties"))).contains("Mended Mail Ltd").doesNotContain("Bad Mail");
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
    }

    private static void screenshot(Browser browser, String name) throws java.io.IOException {
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser.driver())
                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    private ResultActions importing(String csv, boolean dryRun) throws Exception {
        return mvc.perform(post(API + "/import?dryRun=" + dryRun).header("Authorization", acme.bearer())
                .contentType(MediaType.valueOf("text/csv")).content(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private ResultActions upload(String csv) throws Exception {
        return mvc.perform(multipart(pages + "/import").file(new MockMultipartFile("file", "parties.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).session(owner.session()));
    }
}
