package dev.atrium.core.web;

import static dev.atrium.core.test.PageSession.link;
import static dev.atrium.core.test.Problems.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.ApiClient;
import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenants;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A keyset list pages by cursor: every row once, in order, both ways, whatever the sort and whatever happens
 * meanwhile; a cursor that is garbled, forged, another sort's or another tenant's is a field error or the other
 * tenant's own rows, never a failure. Proven on the core's list of third parties, through the API and its page.
 */
@PlatformTest
class KeysetPagingTest {

    private static final String API = "/api/v1/third-parties";
    private static final List<String> SORTS = List.of("name", "-name", "code", "-code", "createdAt", "-createdAt",
            "updatedAt", "-updatedAt", "name,-createdAt", "-name,code");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void newTenant() {
        api = new ApiClient(mvc, tenants.create("Acme"));
    }

    @Test
    void walkingEveryPageForwardAndBackYieldsEveryRowOnceInTheOrderOfTheSort() throws Exception {
        for (String name : List.of("Same", "Delta", "Same", "alpha", "Same", "Échelle", "Zulu", "Delta")) {
            create(name);
        }
        for (String sort : SORTS) {
            List<Long> expected = ids(page("sort=" + sort + "&size=100"));
            assertThat(expected).as("all rows in one page with sort=%s", sort).hasSize(8);

            List<String> pages = walk(sort, 3);
            assertThat(pages.stream().flatMap(body -> ids(body).stream()).toList())
                    .as("rows walked forward with sort=%s", sort).isEqualTo(expected);
            assertThat(pages).as("pages of 3 for 8 rows").hasSize(3);

            String body = pages.getLast();
            List<Long> backward = new ArrayList<>(ids(body));
            while (JsonPath.<Boolean>read(body, "$.hasPrevious")) {
                body = page("sort=" + sort + "&size=3&before=" + JsonPath.read(body, "$.previous"));
                backward.addAll(0, ids(body));
            }
            assertThat(backward).as("rows walked back from the last page with sort=%s", sort).isEqualTo(expected);
            assertThat(JsonPath.<Object>read(body, "$.previous")).as("the first page has no previous").isNull();
        }
    }

    @Test
    void equalNamesAreOrderedByIdInTheDirectionOfTheSort() throws Exception {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(create("Twin"));
        }
        assertThat(walkedIds("name", 2)).isEqualTo(created);
        List<Long> reversed = new ArrayList<>(created);
        Collections.reverse(reversed);
        assertThat(walkedIds("-name", 2)).as("a descending sort descends on the id too").isEqualTo(reversed);
    }

    @Test
    void rowsInsertedOrArchivedBetweenPageLoadsAreNeitherRepeatedNorSkipped() throws Exception {
        for (String name : List.of("B", "D", "F", "H", "J")) {
            create(name);
        }
        String first = page("size=2");
        assertThat(names(first)).containsExactly("B", "D");

        create("A");
        create("E");
        String second = page("size=2&after=" + JsonPath.read(first, "$.next"));
        assertThat(names(second)).as("the row inserted before the page does not push B or D in again")
                .containsExactly("E", "F");

        long h = ids(page("q=H")).getFirst();
        api.post(API + "/" + h + "/archive", "");
        String third = page("size=2&after=" + JsonPath.read(second, "$.next"));
        assertThat(names(third)).as("a row gone from the list does not make the next page skip one").containsExactly("J");
        assertThat(JsonPath.<Boolean>read(third, "$.hasNext")).isFalse();
    }

    @Test
    void everySortKeyIsANotNullColumnSoTheOrderIsTotalWithoutNullPlacement() {
        List<String> nullable = jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_name = 'third_party' and is_nullable = 'YES'
                  and column_name in ('name', 'code', 'created_at', 'updated_at', 'id')""", String.class);
        assertThat(nullable).as("sortable columns that may hold null; a cursor cannot place them").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=-5", "size=101", "size=99999999999999", "sort=password",
        "sort=name;drop%20table", "after=!!not-a-cursor!!", "after=bnVsbA", "before=bnVsbA"})
    void aBadSizeSortOrCursorIsAFieldErrorNamingTheParameter(String query) throws Exception {
        invalid(api.get(API + "?" + query), query.substring(0, query.indexOf('=')));
    }

    @Test
    void theExportTakesTheListsSortAndRefusesItsBadOnes() throws Exception {
        invalid(api.get(API + "/export.csv?sort=tenantId"), "sort");
    }

    @Test
    void cursorsThatAreGarbledForgedOrMadeForAnotherSortAreNamedNotFailed() throws Exception {
        create("First");
        create("Second");
        String byCode = JsonPath.read(api.body(API + "?sort=code&size=1"), "$.next");
        for (String forged : new String[] {"nonsense", "[1,2,3]", "{\"sort\":\"name\",\"keys\":{\"name\":\"A\"}}",
            "{\"sort\":\"name\",\"keys\":{\"name\":\"A\",\"id\":\"x\"}}",
            "{\"sort\":\"name\",\"keys\":{\"name\":\"a\\u0000\",\"id\":\"1\"}}"}) {
            invalid(api.get(API + "?after=" + base64url(forged)), "after");
        }
        for (String moment : new String[] {"yesterday", "+999999999-12-31T23:59:59.999999999Z",
            "-999999999-01-01T00:00:00Z"}) {
            invalid(api.get(API + "?sort=-createdAt&after=" + base64url("{\"sort\":\"-createdAt\",\"keys\":"
                    + "{\"createdAt\":\"" + moment + "\",\"id\":\"1\"}}")), "after");
        }
        invalid(api.get(API + "?sort=name&after=" + byCode), "after")
                .andExpect(jsonPath("$.errors[0].message", containsString("sort=code")));
        invalid(api.get(API + "?sort=name&before=" + byCode), "before");
        invalid(api.get(API + "?sort=code&after=" + byCode + "&before=" + byCode), "before");
        invalid(api.get(API + "?after=" + "A".repeat(2001)), "after");
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            byte[] junk = new byte[1 + random.nextInt(60)];
            random.nextBytes(junk);
            invalid(api.get(API + "?after=" + Base64.getUrlEncoder().withoutPadding().encodeToString(junk)), "after");
        }
        api.get(API + "?sort=code&after=" + byCode).andExpect(status().isOk());
    }

    @Test
    void aCursorMadeByAnotherTenantShowsOnlyTheAskingTenantsOwnRows() throws Exception {
        create("Acme Secret");
        create("Acme Second Secret");
        String acmeCursor = JsonPath.read(api.body(API + "?size=1"), "$.next");
        ApiClient globex = new ApiClient(mvc, tenants.create("Globex"));
        ApiClient.id(globex.post(API, "{\"kind\":\"COMPANY\",\"name\":\"Globex Own\"}"));

        globex.get(API + "?size=1&after=" + acmeCursor).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", everyItem(startsWith("Globex"))))
                .andExpect(content().string(not(containsString("Secret"))));
        globex.get(API + "?size=1&before=" + acmeCursor).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Secret"))));
    }

    @Test
    void theListPageLinksToTheNextAndPreviousPagesKeepingFiltersAndSort() throws Exception {
        for (String name : List.of("Pa One", "Pa Two", "Pa Three", "Other")) {
            create(name);
        }
        PageSession member = PageSession.member(mvc, api.tenant());
        String pages = "/t/" + api.tenant().slug() + "/third-parties";
        String first = member.html(pages + "?q=pa&sort=-name&size=2");
        assertThat(first).contains("Pa Two", "Pa Three").doesNotContain("Pa One", "Other", "id=\"previous-page\"");
        String next = link(first, "next-page");
        assertThat(next).contains("q=pa", "sort=-name", "size=2", "after=");
        String second = member.html(next);
        assertThat(second).contains("Pa One").doesNotContain("Pa Two", "Other", "id=\"next-page\"");
        assertThat(member.html(link(second, "previous-page"))).contains("Pa Two", "Pa Three").doesNotContain("Pa One");
    }

    @Test
    void onTheListPageACursorFromAnotherSortOrCraftedToFailTheQueryIsARefusalPage() throws Exception {
        create("One");
        create("Two");
        PageSession member = PageSession.member(mvc, api.tenant());
        String pages = "/t/" + api.tenant().slug() + "/third-parties";
        String byCode = JsonPath.read(api.body(API + "?sort=code&size=1"), "$.next");
        member.get(pages + "?sort=name&after=" + byCode).andExpect(status().isBadRequest());
        for (String moment : List.of("+999999999-12-31T23:59:59.999999999Z", "-999999999-01-01T00:00:00Z")) {
            String cursor = base64url("{\"sort\":\"createdAt\",\"keys\":{\"createdAt\":\"" + moment + "\",\"id\":\"1\"}}");
            member.get(pages + "?sort=createdAt&after=" + cursor).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("after")));
        }
        member.get(pages + "?sort=createdAt&after=bnVsbA").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("after")));
    }

    private long create(String name) throws Exception {
        return ApiClient.id(api.post(API, "{\"kind\":\"COMPANY\",\"name\":\"" + name + "\"}"));
    }

    /** Every page of the sort, following each answer's next. */
    private List<String> walk(String sort, int size) throws Exception {
        List<String> pages = new ArrayList<>(List.of(page("sort=" + sort + "&size=" + size)));
        while (JsonPath.<Boolean>read(pages.getLast(), "$.hasNext")) {
            pages.add(page("sort=" + sort + "&size=" + size + "&after=" + JsonPath.read(pages.getLast(), "$.next")));
        }
        return pages;
    }

    private List<Long> walkedIds(String sort, int size) throws Exception {
        return walk(sort, size).stream().flatMap(body -> ids(body).stream()).toList();
    }

    private String page(String query) throws Exception {
        return api.get(API + "?" + query).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String base64url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Long> ids(String body) {
        return JsonPath.<List<Number>>read(body, "$.items[*].id").stream().map(Number::longValue).toList();
    }

    private static List<String> names(String body) {
        return JsonPath.read(body, "$.items[*].name");
    }
}
