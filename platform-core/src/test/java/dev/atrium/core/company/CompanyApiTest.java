package dev.atrium.core.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PlatformTest
class CompanyApiTest {

    static final String API = "/api/v1/company";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    TestTenant tenant;

    @BeforeEach
    void newTenant() {
        tenant = tenants.create("Company");
    }

    @Test
    void aNewCompanyShowsItsProvisionedDefaultsUnconfirmed() throws Exception {
        mvc.perform(get(API).header("Authorization", tenant.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.defaultCurrency").isNotEmpty())
                .andExpect(jsonPath("$.fiscalYearMonth").value(1))
                .andExpect(jsonPath("$.country").value("GB"))
                .andExpect(jsonPath("$.confirmed").value(false))
                .andExpect(jsonPath("$.hasLogo").value(false));
    }

    @Test
    void savedSettingsAreReadBackConfirmed() throws Exception {
        change("""
                {"name": "Acme", "legalName": "Acme SAS", "address": "1 rue de la Paix\\nParis", "country": "CH",
                 "taxId": "FR123",
                 "defaultCurrency": "CHF", "locale": "fr-FR", "timeZone": "Europe/Zurich",
                 "fiscalYearMonth": 4, "fiscalYearDay": 1}""")
                .andExpect(status().isOk());
        mvc.perform(get(API).header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$.name").value("Acme"))
                .andExpect(jsonPath("$.legalName").value("Acme SAS"))
                .andExpect(jsonPath("$.country").value("CH"))
                .andExpect(jsonPath("$.defaultCurrency").value("CHF"))
                .andExpect(jsonPath("$.locale").value("fr-FR"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Zurich"))
                .andExpect(jsonPath("$.fiscalYearMonth").value(4))
                .andExpect(jsonPath("$.confirmed").value(true));
    }

    @Test
    void everyBadFieldIsNamedInOneProblemAndNothingIsSaved() throws Exception {
        change("""
                {"name": " ", "taxId": "%s", "country": "ZZ", "defaultCurrency": "XYZ", "locale": "de-DE",
                 "timeZone": "Mars/Base",
                 "fiscalYearMonth": 2, "fiscalYearDay": 30}""".formatted("9".repeat(41)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("name", "taxId",
                        "country", "defaultCurrency", "locale", "timeZone", "fiscalYearDay")));
        mvc.perform(get(API).header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$.confirmed").value(false));
    }

    @Test
    void aCountryLeftOutIsTheOneTheLocaleNamesAndNoneForALanguageAlone() throws Exception {
        change("""
                {"name": "Acme", "defaultCurrency": "EUR", "locale": "fr-BE", "timeZone": "Europe/Brussels",
                 "fiscalYearMonth": 1, "fiscalYearDay": 1}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.country").value("BE"));
        change("""
                {"name": "Acme", "defaultCurrency": "EUR", "locale": "fr", "timeZone": "Europe/Paris",
                 "fiscalYearMonth": 1, "fiscalYearDay": 1}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.country").doesNotExist());
    }

    @Test
    void thePageOffersTheCountriesInTheReadersLanguageAndRefusesOneNotInTheList() throws Exception {
        MockHttpSession session = signIn();
        String page = "/t/" + tenant.slug() + "/setup/company";
        Document shown = Jsoup.parse(mvc.perform(get(page).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(shown.select("select[name=country] option[selected]").text())
                .as("the company's country, named in English").isEqualTo("United Kingdom");
        assertThat(shown.select("select[name=country] option[value=DE]").text()).isEqualTo("Germany");

        mvc.perform(post(page).session(session).with(csrf()).param("name", "Acme").param("country", "ZZ")
                        .param("defaultCurrency", "EUR").param("locale", "en").param("timeZone", "UTC")
                        .param("fiscalYearMonth", "1").param("fiscalYearDay", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Choose a country from the list.")));
        mvc.perform(post(page).session(session).with(csrf()).param("name", "Acme").param("country", "CH")
                        .param("defaultCurrency", "EUR").param("locale", "en").param("timeZone", "UTC")
                        .param("fiscalYearMonth", "1").param("fiscalYearDay", "1"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(API).header("Authorization", tenant.bearer())).andExpect(jsonPath("$.country").value("CH"));
    }

    @Test
    void aMemberWithoutTheSetupPermissionCannotChangeTheCompany() throws Exception {
        mvc.perform(get(API).header("Authorization", tenant.memberBearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aJpegLogoIsStoredReEncodedAsPngAndServedAsAnUnsniffableAttachment() throws Exception {
        putLogo(image("jpeg", 40, 20)).andExpect(status().isNoContent());

        byte[] served = mvc.perform(get(API + "/logo").header("Authorization", tenant.bearer()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).as("a PNG signature").startsWith(0x89, 'P', 'N', 'G');
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(served));
        assertThat(decoded.getWidth()).as("the logo's width kept").isEqualTo(40);

        mvc.perform(delete(API + "/logo").header("Authorization", tenant.bearer())).andExpect(status().isNoContent());
        mvc.perform(get(API + "/logo").header("Authorization", tenant.bearer())).andExpect(status().isNotFound());
    }

    @Test
    void anSvgWithAScriptIsRefused() throws Exception {
        putLogo("""
                <svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"""
                .getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("NOT_AN_IMAGE"))
                .andExpect(jsonPath("$.detail").value("The logo must be a PNG, JPEG or GIF image."))
                .andExpect(jsonPath("$.errors[0].message").value("must be a PNG, JPEG or GIF image"));
        assertNoLogo();
    }

    @Test
    void aFrenchUserReadsTheLogosRefusalsInFrench() throws Exception {
        mvc.perform(put("/api/v1/me").header("Authorization", tenant.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\": \"Olivia Martin\", \"language\": \"fr\"}"))
                .andExpect(status().isOk());
        putLogo("<html></html>".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Logo refusé"))
                .andExpect(jsonPath("$.detail").value("Le logo doit être une image PNG, JPEG ou GIF."))
                .andExpect(jsonPath("$.errors[0].message").value("doit être une image PNG, JPEG ou GIF"));
        putLogo(new byte[LogoImage.MAX_BYTES + 1])
                .andExpect(jsonPath("$.errors[0].message").value("doit faire au plus 1024 Ko"));
        putLogo(withDimensions(image("png", 8, 8), 50_000, 50_000))
                .andExpect(jsonPath("$.errors[0].message").value("doit faire au plus 2000 pixels de large et de haut"));
    }

    @Test
    void anHtmlFileNamedPngIsRefusedOnThePage() throws Exception {
        MockHttpSession session = signIn();
        String page = "/t/" + tenant.slug() + "/setup/company";
        mvc.perform(multipart(page + "/logo").file(new MockMultipartFile("logo", "logo.png", "image/png",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                        .session(session).with(csrf()))
                .andExpect(redirectedUrl(page));
        assertNoLogo();
    }

    @Test
    void aPngClaimingHugeDimensionsIsRefusedBeforeDecoding() throws Exception {
        putLogo(withDimensions(image("png", 8, 8), 50_000, 50_000))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("TOO_MANY_PIXELS"));
        assertNoLogo();
    }

    @Test
    void aFileOverOneMegabyteIsRefused() throws Exception {
        putLogo(new byte[LogoImage.MAX_BYTES + 1]).andExpect(status().isPayloadTooLarge());
    }

    @Test
    void thePageReShowsABadFieldBesideItWithWhatWasTyped() throws Exception {
        MockHttpSession session = signIn();
        String page = "/t/" + tenant.slug() + "/setup/company";
        mvc.perform(post(page).session(session).with(csrf()).param("name", "Typed Name")
                        .param("defaultCurrency", "EUR").param("locale", "xx").param("timeZone", "UTC")
                        .param("fiscalYearMonth", "1").param("fiscalYearDay", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Typed Name")))
                .andExpect(content().string(Matchers.containsString("Choose English or French")));
        mvc.perform(post(page).session(session).with(csrf()).param("name", "Typed Name")
                        .param("defaultCurrency", "EUR").param("locale", "fr-FR").param("timeZone", "Europe/Paris")
                        .param("fiscalYearMonth", "7").param("fiscalYearDay", "1"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(API).header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$.name").value("Typed Name"))
                .andExpect(jsonPath("$.fiscalYearMonth").value(7));
    }

    @Test
    void anUnconfirmedOwnersFirstHomeIsTheWelcomeOnceAndSavingItEndsTheQuestion() throws Exception {
        String home = "/t/" + tenant.slug() + "/";
        MockHttpSession first = signIn();
        mvc.perform(get(home).session(first)).andExpect(redirectedUrl(home + "setup/company/welcome"));
        mvc.perform(get(home + "setup/company/welcome").session(first))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"welcome-later\"")));
        mvc.perform(get(home).session(first)).andExpect(status().isOk());

        MockHttpSession second = signIn();
        mvc.perform(get(home).session(second)).andExpect(redirectedUrl(home + "setup/company/welcome"));
        mvc.perform(post(home + "setup/company/welcome").session(second).with(csrf()).param("name", "Welcomed")
                        .param("defaultCurrency", "EUR").param("locale", "en").param("timeZone", "UTC")
                        .param("fiscalYearMonth", "1").param("fiscalYearDay", "1"))
                .andExpect(redirectedUrl(home));

        mvc.perform(get(home).session(signIn())).andExpect(status().isOk());
    }

    @Test
    void aMemberIsNeverAskedForTheCompany() throws Exception {
        MockHttpSession member = (MockHttpSession) mvc.perform(post("/t/" + tenant.slug() + "/login").with(csrf())
                        .param("email", tenant.member().email()).param("password", TestTenant.PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/t/" + tenant.slug() + "/").session(member)).andExpect(status().isOk());
    }

    private void assertNoLogo() throws Exception {
        mvc.perform(get(API).header("Authorization", tenant.bearer())).andExpect(jsonPath("$.hasLogo").value(false));
    }

    private ResultActions change(String body) throws Exception {
        return mvc.perform(put(API).header("Authorization", tenant.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions putLogo(byte[] bytes) throws Exception {
        return mvc.perform(put(API + "/logo").header("Authorization", tenant.bearer())
                .contentType(MediaType.IMAGE_PNG).content(bytes));
    }

    private MockHttpSession signIn() throws Exception {
        return (MockHttpSession) mvc.perform(post("/t/" + tenant.slug() + "/login").with(csrf())
                        .param("email", tenant.owner().email()).param("password", TestTenant.PASSWORD))
                .andReturn().getRequest().getSession();
    }

    private static byte[] image(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A PNG whose header claims other dimensions (with a valid checksum), its pixels unchanged. */
    private static byte[] withDimensions(byte[] png, int width, int height) {
        ByteBuffer buffer = ByteBuffer.wrap(png.clone());
        buffer.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(buffer.array(), 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return buffer.array();
    }
}
