package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.TestTenant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Tenant A fills every feature with data; tenant B then calls every API
 * endpoint and page of the assembled application (core and modules, including
 * ones added after this test) with A's real ids, with plausible bodies. B must get
 * a 4xx with not one byte of A's data, and A's data must come out unchanged.
 */
class AnotherTenantsIdsTest extends AssembledApplicationTest {

    private static final String SECRET_NAME = "Acme Confidential Holdings";
    private static final String SECRET_EMAIL = "ceo@acme-confidential.test";

    /** Bodies B sends, by the last literal segment of the path; anything else gets an empty object. */
    private static final Map<String, String> BODIES = Map.of(
            "third-parties", """
                    {"version": 0, "kind": "COMPANY", "name": "Taken over", "salesRelation": "CUSTOMER"}""",
            "contacts", "{\"name\": \"Intruder\"}",
            "addresses", """
                    {"kind": "BILLING", "line1": "1 Rue X", "city": "Paris", "country": "FR"}""",
            "role", "{\"role\": \"MEMBER\"}",
            "password", "{\"password\": \"taken-over-password\"}",
            "contracts", "{\"reference\": \"X-1\", \"title\": \"Taken over\"}");

    /** Form fields B posts: enough for the third-party, contact, address and user forms to pass validation. */
    private static final MultiValueMap<String, String> FORM = MultiValueMap.fromSingleValue(Map.of(
            "kind", "COMPANY", "name", "Taken over", "salesRelation", "CUSTOMER", "version", "0", "role", "MEMBER",
            "password", "taken-over-password", "line1", "1 Rue X", "city", "Paris", "country", "FR"));

    TestTenant acme;
    TestTenant globex;
    final Map<String, String> acmeIds = new LinkedHashMap<>();
    String acmeThirdPartyBefore;

    @BeforeAll
    void fillTenantA() throws Exception {
        acme = tenants.create("Acme");
        globex = tenants.create("Globex");
        for (TestTenant tenant : List.of(acme, globex)) {
            mvc.perform(put("/api/v1/modules/contracts/activation").header("Authorization", tenant.bearer()))
                    .andExpect(status().isOk());
        }
        String thirdParty = create("/api/v1/third-parties", """
                {"kind": "COMPANY", "name": "%s", "salesRelation": "CUSTOMER", "email": "%s",
                 "contacts": [{"name": "Ann Secret", "email": "%s"}],
                 "addresses": [{"kind": "BILLING", "line1": "9 Hidden Lane", "city": "Lyon", "country": "FR"}]}
                """.formatted(SECRET_NAME, SECRET_EMAIL, SECRET_EMAIL));
        acmeIds.put("third party", JsonPath.read(thirdParty, "$.id").toString());
        acmeIds.put("contact", JsonPath.read(thirdParty, "$.contacts[0].id").toString());
        acmeIds.put("address", JsonPath.read(thirdParty, "$.addresses[0].id").toString());
        acmeIds.put("contract", JsonPath.read(create("/api/v1/contracts",
                "{\"reference\": \"ACME-1\", \"title\": \"" + SECRET_NAME + " support\", \"partyId\": "
                        + acmeIds.get("third party") + "}"), "$.id").toString());
        acmeIds.put("user", JsonPath.read(create("/api/v1/users", """
                {"email": "%s", "displayName": "Acme Colleague", "role": "ADMIN",
                 "password": "colleague-password-1"}""".formatted("colleague-" + SECRET_EMAIL)), "$.id").toString());
        acmeIds.put("owner", String.valueOf(acme.owner().userId()));
        String tokens = mvc.perform(get("/api/v1/me/tokens").header("Authorization", acme.bearer()))
                .andReturn().getResponse().getContentAsString();
        acmeIds.put("token", JsonPath.read(tokens, "$[0].id").toString());
        acmeThirdPartyBefore = thirdPartyOfAcme();
    }

    @TestFactory
    Stream<DynamicTest> tenantBGetsNothingOfTenantAThroughAnyApiEndpoint() {
        return endpoints(pattern -> pattern.startsWith("/api/") && pattern.contains("{")).stream()
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
                    for (String path : pathsWithAcmeIds(endpoint.pattern())) {
                        MockHttpServletResponse response = mvc.perform(request(
                                        HttpMethod.valueOf(endpoint.method().name()), path)
                                        .header("Authorization", globex.bearer())
                                        .contentType(MediaType.APPLICATION_JSON).content(body(endpoint.pattern())))
                                .andReturn().getResponse();
                        assertThat(response.getStatus()).as("%s %s with tenant B's token", endpoint.method(), path)
                                .isBetween(400, 499);
                        assertThat(response.getContentAsString()).as("%s %s answered to tenant B", endpoint.method(),
                                path).doesNotContain(SECRET_NAME).doesNotContain(SECRET_EMAIL)
                                .doesNotContain(acme.slug());
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> tenantBGetsNothingOfTenantAThroughAnyPage() throws Exception {
        MockHttpSession session = signIn(globex);
        return endpoints(pattern -> pattern.startsWith("/t/{slug}/") && pattern.indexOf('{', "/t/{slug}".length()) > 0).stream()
                .filter(endpoint -> endpoint.method() == RequestMethod.GET || endpoint.method() == RequestMethod.POST)
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
                    String ownSlug = endpoint.pattern().replace("{slug}", globex.slug());
                    for (String path : pathsWithAcmeIds(ownSlug)) {
                        MockHttpServletResponse response = mvc.perform(request(
                                        HttpMethod.valueOf(endpoint.method().name()), path)
                                        .session(session).with(csrf())
                                        .params(FORM))
                                .andReturn().getResponse();
                        // A form may answer 200 with its own field errors; what it must never do is show or
                        // change tenant A's data, which the content check and tenantAsDataIsUnchanged prove.
                        int status = response.getStatus();
                        assertThat(status).as("%s %s in tenant B's session", endpoint.method(), path)
                                .satisfies(code -> assertThat(endpoint.method() == RequestMethod.GET
                                        ? code >= 400 && code < 500 : code < 500).isTrue());
                        assertThat(response.getContentAsString()).as("%s %s shown to tenant B", endpoint.method(),
                                path).doesNotContain(SECRET_NAME).doesNotContain(SECRET_EMAIL)
                                .doesNotContain(acme.slug());
                    }
                }));
    }

    @AfterAll
    void tenantAsDataIsUnchanged() throws Exception {
        assertThat(thirdPartyOfAcme()).as("tenant A's third party after tenant B's calls")
                .isEqualTo(acmeThirdPartyBefore);
        mvc.perform(get("/api/v1/contracts").header("Authorization", acme.bearer()))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/users").header("Authorization", acme.bearer()))
                .andExpect(jsonPath("$[?(@.role == 'ADMIN')].enabled").value(true));
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", acme.bearer())).andExpect(status().isOk());
        mvc.perform(post("/t/" + acme.slug() + "/login").with(csrf())
                        .param("email", "colleague-" + SECRET_EMAIL).param("password", "colleague-password-1"))
                .andExpect(redirectedUrl("/t/" + acme.slug() + "/"));
    }

    /** Every way to fill the pattern's ids with tenant A's: each id alone, and each pair in order. */
    private List<String> pathsWithAcmeIds(String pattern) {
        List<String> paths = new ArrayList<>();
        List<String> ids = List.copyOf(acmeIds.values());
        long variables = pattern.chars().filter(c -> c == '{').count();
        for (String first : ids) {
            if (variables == 1) {
                paths.add(pattern.replaceAll("\\{[^}]+}", first));
                continue;
            }
            for (String second : ids) {
                paths.add(pattern.replaceFirst("\\{[^}]+}", first).replaceAll("\\{[^}]+}", second));
            }
        }
        return paths;
    }

    private static String body(String pattern) {
        String[] segments = pattern.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].startsWith("{") && BODIES.containsKey(segments[i])) {
                return BODIES.get(segments[i]);
            }
        }
        return "{}";
    }

    private String create(String path, String json) throws Exception {
        return mvc.perform(post(path).header("Authorization", acme.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
    }

    private String thirdPartyOfAcme() throws Exception {
        return mvc.perform(get("/api/v1/third-parties/" + acmeIds.get("third party"))
                        .header("Authorization", acme.bearer()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
