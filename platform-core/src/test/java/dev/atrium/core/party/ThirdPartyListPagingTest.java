package dev.atrium.core.party;

import static dev.atrium.core.party.ThirdPartyClient.API;
import static dev.atrium.core.party.ThirdPartyClient.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenants;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The list pages by cursor: every row once, in order, both ways, whatever the sort and whatever happens meanwhile. */
@PlatformTest
class ThirdPartyListPagingTest {

    private static final List<String> SORTS = List.of("name", "-name", "code", "-code", "createdAt", "-createdAt",
            "updatedAt", "-updatedAt", "name,-createdAt", "-name,code");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    ThirdPartyClient api;

    @BeforeEach
    void newTenant() {
        api = new ThirdPartyClient(mvc, tenants.create("Acme"));
    }

    @Test
    void walkingEveryPageForwardAndBackYieldsEveryRowOnceInTheOrderOfTheSort() throws Exception {
        for (String name : List.of("Same", "Delta", "Same", "alpha", "Same", "Échelle", "Zulu", "Delta")) {
            api.create(party(name, ""));
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
            created.add(api.create(party("Twin", "")));
        }
        assertThat(walkedIds("name", 2)).isEqualTo(created);
        List<Long> reversed = new ArrayList<>(created);
        Collections.reverse(reversed);
        assertThat(walkedIds("-name", 2)).as("a descending sort descends on the id too").isEqualTo(reversed);
    }

    @Test
    void rowsInsertedOrArchivedBetweenPageLoadsAreNeitherRepeatedNorSkipped() throws Exception {
        for (String name : List.of("B", "D", "F", "H", "J")) {
            api.create(party(name, ""));
        }
        String first = page("size=2");
        assertThat(names(first)).containsExactly("B", "D");

        api.create(party("A", ""));
        api.create(party("E", ""));
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

    private static List<Long> ids(String body) {
        return JsonPath.<List<Number>>read(body, "$.items[*].id").stream().map(Number::longValue).toList();
    }

    private static List<String> names(String body) {
        return JsonPath.read(body, "$.items[*].name");
    }
}
