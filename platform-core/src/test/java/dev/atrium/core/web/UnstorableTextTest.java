package dev.atrium.core.web;

import static dev.atrium.core.test.Problems.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.ApiClient;
import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A NUL, a lone surrogate or bytes that are not UTF-8, in any field of the API
 * or the pages: a 400 naming the field, nothing stored, nothing of it logged.
 * Proven on the third parties' API and form, whose fields hold text of every kind.
 */
// Isolated: it reads the console output, which every test running beside it writes to.
@Isolated
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class UnstorableTextTest {

    /** Marks the values sent, so the log can be searched for them. */
    private static final String SECRET = "Zq7Secret";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    TestTenant acme;
    ApiClient api;

    /** An API whose fields hold free text of every kind, nested ones included, and its pages' form. */
    private static final String API = "/api/v1/third-parties";

    @BeforeEach
    void aTenantAndVerboseLogs() {
        acme = tenants.create("Acme");
        api = new ApiClient(mvc, acme);
        // Tests log warnings only; what the platform logs at info and debug must be clean too.
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel("dev.atrium", LogLevel.DEBUG);
    }

    @AfterEach
    void quietLogs() {
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel("dev.atrium", null);
    }

    @Test
    void aNulOrALoneSurrogateInAJsonStringIsAFieldError(CapturedOutput output) throws Exception {
        invalid(api.post(API, party(SECRET + "\\u0000", "")), "name");
        invalid(api.post(API, party("Fine", "\"notes\":\"" + SECRET + "\\ud800\"")), "notes");
        invalid(api.post(API, party("Fine", "\"contacts\":[{\"name\":\"" + SECRET + "\\udc00x\"}]")),
                "contacts[0].name");
        api.get(API + "?q=" + SECRET).andExpect(jsonPath("$.items").isEmpty());
        assertThat(output.getAll()).as("the log").doesNotContain(SECRET);
    }

    @Test
    void bytesThatAreNotUtf8InAJsonBodyAreAFieldErrorNotAnotherCharacter(CapturedOutput output) throws Exception {
        invalid(postBytes(party(SECRET, ""), new byte[] {(byte) 0xC0, (byte) 0xAF}), "name");
        invalid(postBytes(party(SECRET, ""), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "name");
        invalid(postBytes(party(SECRET, ""), new byte[] {(byte) 0xFF}), "name");
        api.get(API + "?q=" + SECRET).andExpect(jsonPath("$.items").isEmpty());
        assertThat(output.getAll()).as("the log").doesNotContain(SECRET);
    }

    @Test
    void wellFormedTextOutsideAsciiStillGoesThrough() throws Exception {
        long id = ApiClient.id(api.post(API, party("Ærø Økonomi 株式会社 🚀", "")));
        api.get(API + "/" + id).andExpect(jsonPath("$.name").value("Ærø Økonomi 株式会社 🚀"));
        api.get(API + "?q=%C3%86r%C3%B8").andExpect(status().isOk()).andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void aNulOrAnOverlongSequenceInAQueryParameterIsAFieldError() throws Exception {
        invalid(api.get(API + "?q=" + SECRET + "%00"), "q");
        invalid(api.get(API + "?q=%C0%AF"), "q");
        invalid(api.get(API + "?country=FR&q=%ED%A0%80"), "q");
    }

    @Test
    void aPageFormWithANulIsRefusedWithAnErrorPageAndStoresNothing(CapturedOutput output) throws Exception {
        PageSession session = PageSession.owner(mvc, acme);
        String pages = "/t/" + acme.slug() + "/third-parties";
        session.perform(post(pages).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("kind=COMPANY&salesRelation=CUSTOMER&name=" + SECRET + "%00"))
                .andExpect(status().isBadRequest());
        session.get(pages + "?q=%C0%AF").andExpect(status().isBadRequest());
        session.perform(post(pages).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("kind=COMPANY&salesRelation=CUSTOMER&name=Form+Field+%C3%86"))
                .andExpect(status().is3xxRedirection());
        api.get(API + "?q=" + SECRET).andExpect(jsonPath("$.items").isEmpty());
        api.get(API + "?q=Form%20Field").andExpect(jsonPath("$.items[0].name").value("Form Field Æ"));
        assertThat(output.getAll()).as("the log").doesNotContain(SECRET);
    }

    private ResultActions postBytes(String json, byte[] bad) throws Exception {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        int at = json.indexOf(SECRET) + SECRET.length();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(text, 0, at);
        body.write(bad);
        body.write(text, at, text.length - at);
        return mvc.perform(post(API).header("Authorization", acme.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(body.toByteArray()));
    }

    private static String party(String name, String extra) {
        return "{\"kind\":\"COMPANY\",\"name\":\"" + name + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }
}
