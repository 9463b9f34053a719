package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.IsolationFixture;
import dev.atrium.core.test.SeededIds;
import dev.atrium.core.test.TestTenant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Every feature fills tenant A (and B) through its {@link IsolationFixture};
 * tenant B's owner then calls every API endpoint and page of the assembled
 * application that takes ids (core and modules, including ones added after
 * this test) with A's ids of the matching type and a body the endpoint would
 * accept, and must get 404 without a byte of A's data. Afterwards every
 * fixture proves A's rows are exactly as they were. A path variable no fixture
 * seeds fails the sweep: a new feature comes with its fixture.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnotherTenantsIdsTest extends AssembledApplicationTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final String PAGES = "/t/{slug}/";

    @Autowired
    List<IsolationFixture> fixtures;

    TestTenant acme;
    TestTenant globex;
    SeededIds acmeIds;
    SeededIds globexIds;
    MockHttpSession globexSession;
    /** The fixtures that seed names, which must be repeatable, and the types of those names. */
    final Map<IsolationFixture, Set<String>> namesSeededBy = new LinkedHashMap<>();

    /** Who owns the value put in one path variable. */
    enum Owner { A, B, EVERY_TENANT }

    /** One way to fill a pattern: the path, and whether one of its ids is a row of tenant A's. */
    record Probe(String path, boolean aimsAtARowOfA) {
    }

    @BeforeAll
    void fillBothTenants() throws Exception {
        acme = tenants.create("Acme");
        globex = tenants.create("Globex");
        acmeIds = seed(acme);
        fixtures.forEach(fixture -> fixture.takeSnapshot(acme));
        // B's own rows too: a child of A's reached through a parent of B's must be refused as well.
        globexIds = seed(globex);
        globexSession = signIn(globex);
    }

    @Test
    @Order(1)
    void everyPathVariableOfEveryEndpointIsSeededByAnIsolationFixture() {
        List<String> unseeded = new ArrayList<>();
        for (Endpoint endpoint : sweptEndpoints()) {
            for (String variable : variables(endpoint.pattern())) {
                String type = type(endpoint.pattern(), variable);
                if (!acmeIds.rows().containsKey(type) && !acmeIds.names().containsKey(type)) {
                    unseeded.add(endpoint + ": {" + variable + "} of type " + type);
                }
            }
        }
        assertThat(unseeded).as("path variables for which no IsolationFixture seeds ids (seeded: rows %s, names %s);"
                        + " the feature needs a fixture whose seed returns ids of that type",
                acmeIds.rows().keySet(), acmeIds.names().keySet()).isEmpty();
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> tenantBGetsNotFoundForTenantAsIdsOnEveryApiEndpoint() {
        return sweptEndpoints().stream().filter(endpoint -> endpoint.pattern().startsWith("/api/"))
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
                    Optional<String> body = validBody(endpoint);
                    for (Probe probe : probes(endpoint)) {
                        MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(endpoint.method().name()),
                                probe.path()).header("Authorization", globex.bearer());
                        body.ifPresent(json -> call.contentType(MediaType.APPLICATION_JSON).content(json));
                        check(endpoint, probe, body, mvc.perform(call).andReturn().getResponse());
                    }
                    undoTenantBsOwnChanges(endpoint);
                }));
    }

    @TestFactory
    @Order(3)
    Stream<DynamicTest> tenantBGetsTheNotFoundPageForTenantAsIdsOnEveryPage() {
        return sweptEndpoints().stream().filter(endpoint -> endpoint.pattern().startsWith(PAGES))
                .filter(endpoint -> endpoint.method() == RequestMethod.GET || endpoint.method() == RequestMethod.POST)
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
                    Optional<String> form = validBody(endpoint);
                    for (Probe probe : probes(endpoint)) {
                        MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(endpoint.method().name()),
                                probe.path()).session(globexSession).with(csrf());
                        form.ifPresent(fields -> call.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .content(fields));
                        check(endpoint, probe, form, mvc.perform(call).andReturn().getResponse());
                    }
                    undoTenantBsOwnChanges(endpoint);
                }));
    }

    @Test
    @Order(4)
    void tenantAsRowsAreUnchangedAfterEveryCallOfTenantB() {
        fixtures.forEach(fixture -> fixture.assertUnchanged(acme));
    }

    private void check(Endpoint endpoint, Probe probe, Optional<String> body, MockHttpServletResponse response)
            throws Exception {
        String answer = response.getContentAsString();
        String call = endpoint.method() + " " + probe.path() + " as tenant B's owner";
        if (probe.aimsAtARowOfA()) {
            assertThat(response.getStatus()).as("%s, aimed at tenant A's rows with %s, answered %s: %.300s", call,
                    body.map(b -> "a valid body").orElse("no body (no fixture gave one)"), response.getStatus(),
                    answer).isEqualTo(404);
            if (endpoint.pattern().startsWith("/api/")) {
                assertThat(JsonPath.<String>read(answer, "$.type")).as("%s: the 404 is about the row, not a "
                        + "module tenant B has not switched on", call).doesNotEndWith("/module-not-active");
            }
        } else {
            // Names every tenant has (a module key, a series) reach B's own row: any answer but a failure.
            assertThat(response.getStatus()).as("%s (tenant B's own %s): %.300s", call, probe.path(), answer)
                    .isLessThan(500);
        }
        assertThat(answer).as("%s shows tenant A's data", call).doesNotContain(acme.slug());
    }

    /** Every way to fill the pattern by type: A's ids, and B's rows beside at least one of A's. */
    private List<Probe> probes(Endpoint endpoint) {
        String pattern = endpoint.pattern().startsWith(PAGES)
                ? endpoint.pattern().replace("{slug}", globex.slug())
                : endpoint.pattern();
        List<List<Value>> choices = new ArrayList<>();
        for (String variable : variables(pattern)) {
            String type = type(endpoint.pattern(), variable);
            List<Value> values = new ArrayList<>();
            acmeIds.rows().getOrDefault(type, List.of()).forEach(id -> values.add(new Value(id, Owner.A)));
            globexIds.rows().getOrDefault(type, List.of()).forEach(id -> values.add(new Value(id, Owner.B)));
            acmeIds.names().getOrDefault(type, List.of())
                    .forEach(name -> values.add(new Value(name, Owner.EVERY_TENANT)));
            assertThat(values).as("%s: no IsolationFixture seeds ids of type %s for {%s}", endpoint, type, variable)
                    .isNotEmpty();
            choices.add(values);
        }
        List<Probe> probes = new ArrayList<>();
        fill(pattern, choices, 0, new ArrayList<>(), probes);
        assertThat(probes).as("%s: ways to fill it with tenant A's ids", endpoint).isNotEmpty();
        return probes;
    }

    private record Value(String text, Owner owner) {
    }

    private static void fill(String pattern, List<List<Value>> choices, int index, List<Value> chosen,
            List<Probe> probes) {
        if (index == choices.size()) {
            boolean aimsAtA = chosen.stream().anyMatch(value -> value.owner() == Owner.A);
            boolean onlyB = chosen.stream().allMatch(value -> value.owner() != Owner.A)
                    && chosen.stream().anyMatch(value -> value.owner() == Owner.B);
            if (!onlyB) {
                Matcher variables = VARIABLE.matcher(pattern);
                StringBuilder path = new StringBuilder();
                int next = 0;
                while (variables.find()) {
                    variables.appendReplacement(path, Matcher.quoteReplacement(chosen.get(next++).text()));
                }
                variables.appendTail(path);
                probes.add(new Probe(path.toString(), aimsAtA));
            }
            return;
        }
        for (Value value : choices.get(index)) {
            chosen.add(value);
            fill(pattern, choices, index + 1, chosen, probes);
            chosen.removeLast();
        }
    }

    /**
     * A call on a name every tenant has changes B's own row (B switches its module off, renames its
     * series): seed B again, so later calls are refused for A's rows, not for B's missing module.
     */
    private void undoTenantBsOwnChanges(Endpoint endpoint) {
        Set<String> types = new LinkedHashSet<>();
        variables(endpoint.pattern()).forEach(variable -> types.add(type(endpoint.pattern(), variable)));
        namesSeededBy.forEach((fixture, names) -> {
            if (names.stream().anyMatch(types::contains)) {
                fixture.seed(globex);
            }
        });
    }

    private SeededIds seed(TestTenant tenant) {
        SeededIds all = new SeededIds();
        for (IsolationFixture fixture : fixtures) {
            SeededIds ids = fixture.seed(tenant);
            namesSeededBy.put(fixture, ids.names().keySet());
            all = all.with(ids);
        }
        return all;
    }

    private Optional<String> validBody(Endpoint endpoint) {
        HttpMethod method = HttpMethod.valueOf(endpoint.method().name());
        return fixtures.stream().map(fixture -> fixture.validBody(method, endpoint.pattern()))
                .flatMap(Optional::stream).findFirst();
    }

    /** Tenant endpoints that take an id: the API, and the pages past the tenant's slug. */
    private List<Endpoint> sweptEndpoints() {
        return endpoints(pattern -> pattern.startsWith("/api/") && pattern.contains("{")
                || pattern.startsWith(PAGES) && pattern.indexOf('{', PAGES.length()) > 0);
    }

    private static List<String> variables(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(pattern);
        while (matcher.find()) {
            if (!(pattern.startsWith(PAGES) && matcher.start() == "/t/".length())) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** A variable's name, or for a bare {id} the collection before it: {@code /third-parties/{id}} → thirdPartyId. */
    static String type(String pattern, String variable) {
        if (!variable.equals("id")) {
            return variable;
        }
        String before = pattern.substring(0, pattern.indexOf("{id}"));
        String[] segments = before.split("/");
        String collection = segments[segments.length - 1];
        String singular = collection.endsWith("ies") ? collection.substring(0, collection.length() - 3) + "y"
                : collection.endsWith("sses") ? collection.substring(0, collection.length() - 2)
                : collection.endsWith("s") ? collection.substring(0, collection.length() - 1)
                : collection;
        StringBuilder camel = new StringBuilder();
        for (String word : singular.split("-")) {
            camel.append(camel.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return camel + "Id";
    }
}
