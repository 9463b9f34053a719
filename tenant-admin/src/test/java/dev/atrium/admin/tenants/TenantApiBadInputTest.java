package dev.atrium.admin.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.admin.test.AdminTest;
import dev.atrium.admin.test.TestOperator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Whatever an operator sends, the answer is a 4xx problem and nothing is half-written. */
@AdminTest
class TenantApiBadInputTest {

    private static final String TENANTS = TenantApiTest.TENANTS;
    private static final String PROBLEMS = TenantApiTest.PROBLEMS;

    @Autowired
    MockMvc mvc;

    /** As the owner: these checks read rows of tenants no request is bound to. */
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("slug", null),
                Arguments.of("slug", ""),
                Arguments.of("slug", "Acme"),
                Arguments.of("slug", "-acme"),
                Arguments.of("slug", "acme-"),
                Arguments.of("slug", "acme_ltd"),
                Arguments.of("slug", "a".repeat(41)),
                Arguments.of("slug", "admin"),
                Arguments.of("slug", "www"),
                Arguments.of("name", null),
                Arguments.of("name", "   "),
                Arguments.of("name", "n".repeat(201)),
                Arguments.of("defaultCurrency", null),
                Arguments.of("defaultCurrency", "eur"),
                Arguments.of("defaultCurrency", "EURO"),
                Arguments.of("defaultCurrency", "ABC"),
                Arguments.of("locale", null),
                Arguments.of("locale", ""),
                Arguments.of("locale", "en_GB"),
                Arguments.of("locale", "l".repeat(36)),
                Arguments.of("timeZone", null),
                Arguments.of("timeZone", "Mars/Olympus_Mons"),
                Arguments.of("timeZone", "Europe/" + "x".repeat(60)),
                Arguments.of("ownerEmail", null),
                Arguments.of("ownerEmail", "not-an-email"),
                Arguments.of("ownerEmail", "o".repeat(250) + "@x.test"),
                Arguments.of("ownerName", null),
                Arguments.of("ownerName", "o".repeat(201)),
                Arguments.of("ownerPassword", null),
                Arguments.of("ownerPassword", "too-short"),
                Arguments.of("ownerPassword", "p".repeat(73)),
                Arguments.of("ownerPassword", "€".repeat(25)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidFields")
    void anInvalidFieldIsA400NamingItAndCreatesNothing(String field, String value) throws Exception {
        NewTenantJson request = NewTenantJson.valid().with(field, value);

        create(request.toString())
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        assertNothingWritten(request);
    }

    @Test
    void aMissingFieldIsReportedLikeANullOne() throws Exception {
        NewTenantJson request = NewTenantJson.valid().without("timeZone").without("ownerPassword");

        create(request.toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("timeZone")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("ownerPassword")));
        assertNothingWritten(request);
    }

    @Test
    void everyInvalidFieldIsReportedInOneAnswer() throws Exception {
        create("{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "not json", "null", "[]", "\"text\""})
    void anUnreadableBodyIsAMalformedRequestProblem(String body) throws Exception {
        create(body).andExpect(problem(400, "malformed-request"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"slug\": {\"nested\": 1}}", "{\"name\": [1, 2]}", "{\"ownerEmail\": {}}"})
    void aFieldOfTheWrongTypeIsA400ThatNamesIt(String body) throws Exception {
        String field = body.replaceAll("\\{\"(\\w+)\".*", "$1");
        create(body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString(field)));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaTypeProblem() throws Exception {
        operator(post(TENANTS).contentType(MediaType.TEXT_PLAIN).content("slug=acme"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnknownTenantIsA404OnEveryEndpoint() throws Exception {
        for (MockHttpServletRequestBuilder request : everyEndpointOf(TENANTS + "/987654321")) {
            operator(request).andExpect(problem(404, "not-found"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "99999999999999999999", "1.5"})
    void anIdThatIsNotANumberIsA400OnEveryEndpoint(String id) throws Exception {
        for (MockHttpServletRequestBuilder request : everyEndpointOf(TENANTS + "/" + id)) {
            operator(request)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("id"));
        }
    }

    @Test
    void anUnknownStatusFilterIsA400() throws Exception {
        operator(get(TENANTS).param("status", "DELETED"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void anUnsupportedMethodIsA405() throws Exception {
        operator(put(TENANTS).contentType(MediaType.APPLICATION_JSON).content(NewTenantJson.valid().toString()))
                .andExpect(status().isMethodNotAllowed());
    }

    private static ResultMatcher problem(int status, String type) {
        return result -> {
            status().is(status).match(result);
            content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
            jsonPath("$.type").value(PROBLEMS + type).match(result);
        };
    }

    private static List<MockHttpServletRequestBuilder> everyEndpointOf(String tenant) {
        return List.of(get(tenant), post(tenant + "/suspend"), post(tenant + "/resume"), post(tenant + "/close"),
                post(tenant + "/purge").contentType(MediaType.APPLICATION_JSON).content("{\"confirmation\": \"x\"}"));
    }

    private void assertNothingWritten(NewTenantJson request) {
        assertThat(owner().queryForObject("select count(*) from tenant where slug = ?", Integer.class,
                request.slug())).as("tenants written by a refused request").isZero();
        assertThat(owner().queryForObject("select count(*) from app_user where email = lower(?)", Integer.class,
                request.ownerEmail())).as("users written by a refused request").isZero();
    }

    private ResultActions create(String body) throws Exception {
        return operator(post(TENANTS).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions operator(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestOperator.basic()));
    }

    private JdbcTemplate owner() {
        return new JdbcTemplate(ownerDataSource);
    }
}
