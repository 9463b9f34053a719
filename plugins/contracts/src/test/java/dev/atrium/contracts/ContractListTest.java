package dev.atrium.contracts;

import static dev.atrium.plugin.testkit.ModuleTestKit.fieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.TestTenant;
import dev.atrium.plugin.testkit.ModuleTest;
import dev.atrium.plugin.testkit.ModuleTestKit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The contracts' list pages by keyset like the host's lists: sorted, searched, filtered by tag, counted. */
@ModuleTest
class ContractListTest {

    @Autowired
    ModuleTestKit kit;

    @Autowired
    JdbcTemplate jdbc;

    TestTenant acme;
    long martin;
    long miramar;

    @BeforeEach
    void acmeHasFiveContracts() throws Exception {
        acme = kit.tenantUsingTheModule("Acme");
        martin = kit.customer(acme, "Boulangerie Martin");
        miramar = kit.customer(acme, "Hôtel Miramar");
        contract("C-1", "Ovens", martin, "2026-03-01", "2027-02-28");
        contract("C-2", "Fridges", miramar, "2026-01-01", "2026-12-31");
        contract("C-3", "Ovens", miramar, "2026-05-01", "2026-10-31");
        contract("C-4", "Lifts", martin, "2025-06-01", "2027-05-31");
        contract("C-5", "Boilers 100%", miramar, "2026-02-01", "2026-06-30");
    }

    @Test
    void pagesGoForwardAndBackInOneStableOrderWithTheCount() throws Exception {
        String first = list("size=2");
        assertThat(references(first)).containsExactly("C-1", "C-2");
        assertThat(JsonPath.<Boolean>read(first, "$.hasPrevious")).isFalse();
        assertThat(JsonPath.<Integer>read(first, "$.count.value")).as("the count of every match").isEqualTo(5);
        assertThat(JsonPath.<Boolean>read(first, "$.count.exact")).isTrue();

        String second = list("size=2&after=" + JsonPath.read(first, "$.next"));
        assertThat(references(second)).containsExactly("C-3", "C-4");
        String third = list("size=2&after=" + JsonPath.read(second, "$.next"));
        assertThat(references(third)).containsExactly("C-5");
        assertThat(JsonPath.<Boolean>read(third, "$.hasNext")).isFalse();
        assertThat(JsonPath.<Object>read(third, "$.next")).isNull();

        String back = list("size=2&before=" + JsonPath.read(third, "$.previous"));
        assertThat(references(back)).as("going back from the last page").containsExactly("C-3", "C-4");
        String top = list("size=2&before=" + JsonPath.read(back, "$.previous"));
        assertThat(references(top)).containsExactly("C-1", "C-2");
        assertThat(JsonPath.<Boolean>read(top, "$.hasPrevious")).isFalse();
    }

    @Test
    void theListSortsByEachKeyEitherWayTiesByRegistration() throws Exception {
        assertThat(references(list("sort=-startDate"))).containsExactly("C-3", "C-1", "C-5", "C-2", "C-4");
        assertThat(references(list("sort=endDate"))).containsExactly("C-5", "C-3", "C-2", "C-1", "C-4");
        assertThat(references(list("sort=-reference"))).containsExactly("C-5", "C-4", "C-3", "C-2", "C-1");
        assertThat(references(list("sort=title"))).as("the two Ovens in the order they were registered")
                .containsExactly("C-5", "C-2", "C-4", "C-1", "C-3");

        // Paging a sort with ties keeps them apart: the id ends every order.
        String first = list("sort=-title&size=1");
        String second = list("sort=-title&size=1&after=" + JsonPath.read(first, "$.next"));
        assertThat(references(first)).containsExactly("C-3");
        assertThat(references(second)).containsExactly("C-1");
    }

    @Test
    void theSearchLooksInReferenceTitleAndCustomerAccentsCaseAndPunctuationAsideAndTakesWildcardsLiterally()
            throws Exception {
        assertThat(references(list("q=ovens"))).containsExactly("C-1", "C-3");
        assertThat(references(list("q=c-4"))).containsExactly("C-4");
        assertThat(references(search("c 4"))).as("punctuation aside").containsExactly("C-4");
        assertThat(references(list("q=MIRAMAR"))).containsExactly("C-2", "C-3", "C-5");
        assertThat(references(search("hotel miramar"))).as("accents aside").containsExactly("C-2", "C-3", "C-5");
        assertThat(references(search("HÔTEL-MIRAMAR"))).containsExactly("C-2", "C-3", "C-5");
        assertThat(references(search("miramar ovens"))).as("a term never spans two fields").isEmpty();
        assertThat(references(search("100%"))).containsExactly("C-5");
        assertThat(references(search("%"))).as("%, literally").containsExactly("C-5");
        assertThat(references(search("_"))).as("_, literally").isEmpty();
        String none = list("q=nothing+like+it");
        assertThat(references(none)).isEmpty();
        assertThat(JsonPath.<Integer>read(none, "$.count.value")).isZero();
    }

    @Test
    void aTagKeepsTheContractsCarryingItAndAnotherTenantsTagFindsNothing() throws Exception {
        long north = tag(acme, "North");
        long south = tag(acme, "South");
        retag(id("C-2"), north);
        retag(id("C-4"), north, south);

        String tagged = list("tag=" + north);
        assertThat(references(tagged)).containsExactly("C-2", "C-4");
        assertThat(JsonPath.<List<String>>read(tagged, "$.items[1].tags[*].name")).containsExactly("North", "South");
        assertThat(JsonPath.<Integer>read(tagged, "$.count.value")).isEqualTo(2);
        assertThat(references(list("tag=" + south + "&q=lifts"))).containsExactly("C-4");
        assertThat(references(list("tag=" + south + "&q=fridges"))).isEmpty();

        TestTenant globex = kit.tenantUsingTheModule("Globex");
        long theirs = tag(globex, "North");
        assertThat(references(list("tag=" + theirs))).as("acme's list by globex's tag").isEmpty();
        kit.api(globex, get("/api/v1/contracts?tag=" + north))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.count.value").value(0));
    }

    @Test
    void aBadSortCursorSizeOrTagIsABadRequestNamingItsParameter() throws Exception {
        String first = list("size=2");
        String cursor = JsonPath.read(first, "$.next");
        badRequest("sort=customer", "sort");
        badRequest("sort=reference,,", "sort");
        badRequest("after=not-a-cursor", "after");
        badRequest("after=bnVsbA", "after");
        badRequest("before=" + "x".repeat(2001), "before");
        badRequest("sort=title&after=" + cursor, "after");
        badRequest("after=" + cursor + "&before=" + cursor, "before");
        badRequest("size=0", "size");
        badRequest("size=101", "size");
        badRequest("size=many", "size");
        badRequest("tag=north", "tag");
        badRequest("q=" + "x".repeat(101), "q");
    }

    @Test
    void theListPageSearchesSortsPagesAndShowsTagsAndTheCount() throws Exception {
        long north = tag(acme, "North");
        retag(id("C-3"), north);
        MockHttpSession owner = kit.signIn(acme);
        String base = "/t/" + acme.slug() + "/contracts";

        String page = page(owner, get(base).param("size", "2"));
        assertThat(page).contains("5 contracts", ">C-1<", ">C-2<").doesNotContain(">C-3<")
                .contains("aria-sort=\"ascending\"", "id=\"next-page\"", "name=\"q\"", "id=\"tag\"")
                .contains(base + "?size=2&amp;sort=-reference");
        String after = JsonPath.read(list("size=2"), "$.next");
        assertThat(page(owner, get(base).param("size", "2").param("after", after)))
                .contains(">C-3<", "<span class=\"tag tag-blue\">North</span>", "id=\"previous-page\"");

        assertThat(page(owner, get(base).param("sort", "-startDate")))
                .contains("aria-sort=\"descending\"").containsSubsequence(">C-3<", ">C-1<", ">C-5<");
        assertThat(page(owner, get(base).param("q", "miramar").param("tag", String.valueOf(north))))
                .contains("1 contract<", ">C-3<", "value=\"miramar\"").doesNotContain(">C-2<");
        assertThat(page(owner, get(base).param("q", "nothing like it"))).contains("No contract matches.");

        for (String[] bad : new String[][] {{"sort", "customer"}, {"size", "0"}, {"size", "many"}, {"tag", "north"},
                {"after", "not-a-cursor"}}) {
            kit.page(owner, get(base).param(bad[0], bad[1])).andExpect(status().isBadRequest())
                    .andExpect(content().string(not(containsString("Exception"))));
        }
    }

    @Test
    void eachUserChoosesTheListsColumnsThroughTheHostsApiWhereTheCompanyUsesTheModule() throws Exception {
        String columns = "/api/v1/me/list-columns/contracts";
        kit.api(acme, get(columns)).andExpect(status().isOk())
                .andExpect(jsonPath("$.available", contains("reference", "title", "customer", "startDate", "endDate",
                        "createdBy", "tags")))
                .andExpect(jsonPath("$.always", contains("reference")))
                .andExpect(jsonPath("$.chosen").value(false));
        kit.api(acme, put(columns).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"columns\": [\"endDate\", \"customer\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns", contains("reference", "customer", "endDate")));
        kit.api(acme, get(columns)).andExpect(jsonPath("$.chosen").value(true))
                .andExpect(jsonPath("$.columns", contains("reference", "customer", "endDate")));
        kit.apiAsMember(acme, get(columns)).andExpect(jsonPath("$.chosen").value(false));
        kit.api(acme, put(columns).contentType(MediaType.APPLICATION_JSON).content("{\"columns\": [\"amount\"]}"))
                .andExpect(status().isBadRequest()).andExpect(fieldError("columns"));

        TestTenant initech = kit.tenant("Initech");
        kit.api(initech, get(columns)).andExpect(status().isNotFound());
    }

    @Test
    void theColumnChooserRemembersEachUsersColumnsOnTheListPage() throws Exception {
        MockHttpSession owner = kit.signIn(acme);
        String base = "/t/" + acme.slug() + "/contracts";
        kit.page(owner, post(base + "/columns").param("columns", "customer").param("action", "save")
                        .param("back", "?q=ovens"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", base + "?q=ovens"));
        String chosen = page(owner, get(base));
        assertThat(headers(chosen)).containsExactly("Reference", "Customer");
        assertThat(chosen).contains(">Boulangerie Martin<").doesNotContain(">Ovens<");

        kit.page(owner, post(base + "/columns").param("columns", "amount").param("action", "save"))
                .andExpect(status().isBadRequest());
        kit.page(owner, post(base + "/columns").param("action", "reset")).andExpect(status().is3xxRedirection());
        assertThat(headers(page(owner, get(base)))).containsExactly("Reference", "Title", "Customer", "From", "To", "Registered by", "Tags");
    }

    @Test
    void theListExportsItsMatchesOrTheTickedRowsAsCsvOrXlsx() throws Exception {
        MockHttpSession owner = kit.signIn(acme);
        String base = "/t/" + acme.slug() + "/contracts";
        MockHttpServletResponse csv = kit.page(owner, get(base + "/export").param("q", "hotel")
                        .param("fields", "reference", "customer", "startDate"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse();
        assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment").contains("contracts-");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "\uFEFFReference,Customer,From", "C-2,Hôtel Miramar,2026-01-01", "C-3,Hôtel Miramar,2026-05-01",
                "C-5,Hôtel Miramar,2026-02-01");

        String ticked = kit.page(owner, post(base + "/selection").param("action", "export-selected")
                        .param("ids", String.valueOf(id("C-4")), String.valueOf(id("C-1")))
                        .param("fields", "reference", "title"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ticked.lines().toList()).containsExactly("\uFEFFReference,Title", "C-1,Ovens", "C-4,Lifts");

        kit.page(owner, post(base + "/selection").param("action", "export").param("format", "xlsx")
                        .param("q", "ovens"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        kit.page(owner, post(base + "/selection").param("action", "export-selected").param("back", "?q=ovens"))
                .andExpect(header().string("Location", base + "?q=ovens"))
                .andExpect(flash().attribute("refusal", "contracts.list.bulk.noneSelected"));
        kit.page(owner, get(base + "/export").param("fields", "amount")).andExpect(status().isBadRequest());
        kit.page(owner, get(base + "/export").param("format", "pdf")).andExpect(status().isBadRequest());

        TestTenant globex = kit.tenantUsingTheModule("Globex");
        String theirs = kit.page(kit.signIn(globex), post(base.replace(acme.slug(), globex.slug()) + "/selection")
                        .param("action", "export-selected").param("ids", String.valueOf(id("C-1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(theirs.lines().toList()).as("another company's ticked contract").hasSize(1);
    }

    @Test
    void everySortKeyIsANotNullColumnSoACursorCanPlaceEveryContract() {
        List<String> nullable = jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_name = 'contract' and is_nullable = 'YES'
                  and column_name in ('reference', 'title', 'start_date', 'end_date', 'id')""", String.class);
        assertThat(nullable).as("sortable columns that may hold null").isEmpty();
    }

    @Test
    void aFrenchReaderReadsTheListInFrench() throws Exception {
        kit.api(acme, put("/api/v1/me").contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\": \"Acme Owner\", \"language\": \"fr\"}")).andExpect(status().isOk());
        MockHttpSession owner = kit.signIn(acme);
        kit.page(owner, get("/t/" + acme.slug() + "/contracts"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5 contrats")))
                .andExpect(content().string(containsString("Référence")))
                .andExpect(content().string(containsString("Lignes par page")))
                .andExpect(content().string(containsString("1 mars 2026")));
    }

    /** The texts of the list's column headers, the selection's box aside. */
    private static List<String> headers(String page) {
        String head = page.substring(page.indexOf("<thead>"), page.indexOf("</thead>"));
        return Pattern.compile("<th[ >].*?</th>", Pattern.DOTALL).matcher(head).results()
                .map(header -> header.group().replaceAll("<span class=\"sort-mark\"[^>]*>[^<]*</span>", "")
                        .replaceAll("<[^>]*>", "").strip())
                .filter(text -> !text.isEmpty()).toList();
    }

    private String list(String query) throws Exception {
        return kit.api(acme, get("/api/v1/contracts?" + query)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String search(String q) throws Exception {
        return kit.api(acme, get("/api/v1/contracts").param("q", q)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private void badRequest(String query, String field) throws Exception {
        kit.api(acme, get("/api/v1/contracts?" + query)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(fieldError(field));
    }

    private String page(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        return kit.page(session, request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> references(String answer) {
        return new ArrayList<>(JsonPath.<List<String>>read(answer, "$.items[*].reference"));
    }

    private long id(String reference) throws Exception {
        return ((Number) JsonPath.read(list("q=" + reference), "$.items[0].id")).longValue();
    }

    private void contract(String reference, String title, long customer, String start, String end) throws Exception {
        kit.api(acme, post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON).content("""
                        {"reference": "%s", "title": "%s", "partyId": %d, "startDate": "%s", "endDate": "%s"}"""
                        .formatted(reference, title, customer, start, end)))
                .andExpect(status().isCreated());
    }

    private void retag(long contract, long... tagIds) throws Exception {
        StringBuilder ids = new StringBuilder();
        for (long tagId : tagIds) {
            ids.append(ids.isEmpty() ? "" : ", ").append(tagId);
        }
        kit.api(acme, put("/api/v1/contracts/" + contract + "/tags").contentType(MediaType.APPLICATION_JSON)
                .content("{\"tagIds\": [" + ids + "]}")).andExpect(status().isOk());
    }

    private long tag(TestTenant tenant, String name) throws Exception {
        String tag = kit.api(tenant, post("/api/v1/tags").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\", \"colour\": \"blue\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(tag, "$.id")).longValue();
    }
}
