package dev.atrium.core.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PlatformTest
class TagApiTest {

    static final String API = "/api/v1/tags";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    TestTenant tenant;

    @BeforeEach
    void newTenant() {
        tenant = tenants.create("Tags");
    }

    @Test
    void aTagIsCreatedListedByNameAndCountedOnTheRecordsThatCarryIt() throws Exception {
        long north = tag("North", "blue");
        long key = tag("key account", "amber");
        long party = party("Saint-Roch Bakery");

        setTags(party, "[%d, %d, %d]".formatted(north, key, north)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", Matchers.contains("key account", "North")));
        mvc.perform(get("/api/v1/third-parties/" + party + "/tags").header("Authorization", tenant.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", Matchers.contains((int) key, (int) north)))
                .andExpect(jsonPath("$[0].colour").value("amber"));
        mvc.perform(get(API).header("Authorization", tenant.memberBearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", Matchers.contains("key account", "North")))
                .andExpect(jsonPath("$[*].uses", Matchers.contains(1, 1)));

        long other = party("Other Bakery");
        mvc.perform(get("/api/v1/third-parties?tag=" + key).header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$.items[*].name", Matchers.contains("Saint-Roch Bakery")));
        mvc.perform(get("/api/v1/third-parties?tag=" + (key + 1_000_000)).header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/v1/third-parties").header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$.items[*].id", Matchers.hasItems((int) party, (int) other)));

        setTags(party, "[%d]".formatted(north)).andExpect(jsonPath("$[*].name", Matchers.contains("North")));
        mvc.perform(get("/api/v1/third-parties/" + party + "/history").header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$.items[0].changes[0].field").value(TagService.HISTORY_FIELD))
                .andExpect(jsonPath("$.items[0].changes[0].before").value("key account, North"))
                .andExpect(jsonPath("$.items[0].changes[0].after").value("North"));
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNothingIsCreated() throws Exception {
        create("{\"name\": \"  \", \"colour\": \"#ff0000;background:url(x)\"}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("name", "colour")));
        create("{\"name\": \"%s\"}".formatted("x".repeat(41))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        tag("North", "blue");
        create("{\"name\": \"NORTH \", \"colour\": \"red\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("is already the name of a tag"));
        mvc.perform(get(API).header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$[*].name", Matchers.contains("North")))
                .andExpect(jsonPath("$[0].colour").value("blue"));
    }

    @Test
    void aMemberReadsTagsAndPutsThemOnRecordsButDoesNotDefineThem() throws Exception {
        long north = tag("North", "blue");
        mvc.perform(post(API).header("Authorization", tenant.memberBearer()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Mine\"}")).andExpect(status().isForbidden());
        mvc.perform(delete(API + "/" + north).header("Authorization", tenant.memberBearer()))
                .andExpect(status().isForbidden());
        long party = party("Member's customer");
        mvc.perform(put("/api/v1/third-parties/" + party + "/tags").header("Authorization", tenant.memberBearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"tagIds\": [" + north + "]}"))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownOrAnotherTenantsTagIsRefusedAlikeAndTheRecordKeepsItsTags() throws Exception {
        long north = tag("North", "blue");
        long party = party("Careful Ltd");
        setTags(party, "[" + north + "]").andExpect(status().isOk());

        TestTenant other = tenants.create("Other tags");
        long theirs = JsonPath.<Number>read(mvc.perform(post(API).header("Authorization", other.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Theirs\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id").longValue();
        String refusedTheirs = setTags(party, "[" + theirs + "]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tagIds"))
                .andReturn().getResponse().getContentAsString();
        String refusedUnknown = setTags(party, "[" + (theirs + 1_000_000) + "]").andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(refusedTheirs.replace(String.valueOf(theirs), "N"))
                .isEqualTo(refusedUnknown.replace(String.valueOf(theirs + 1_000_000), "N"));
        assertThat(refusedTheirs).doesNotContain("Theirs");

        String many = IntStream.range(0, 21).mapToObj(i -> String.valueOf(north + i)).collect(Collectors.joining(","));
        setTags(party, "[" + many + "]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("must hold at most 20 tags"));
        mvc.perform(get("/api/v1/third-parties/" + party + "/tags").header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$[*].name", Matchers.contains("North")));
        mvc.perform(get("/api/v1/third-parties/" + party + "/tags").header("Authorization", other.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(API + "/" + north).header("Authorization", other.bearer())).andExpect(status().isNotFound());
    }

    @Test
    void aRenameNeedsTheVersionReadAndADeletedTagComesOffItsRecords() throws Exception {
        long north = tag("North", "blue");
        long party = party("Renamed Ltd");
        setTags(party, "[" + north + "]").andExpect(status().isOk());

        change(north, "{\"name\": \"North-East\", \"colour\": \"green\", \"version\": 0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("North-East")).andExpect(jsonPath("$.uses").value(1));
        change(north, "{\"name\": \"Late\", \"colour\": \"green\", \"version\": 0}")
                .andExpect(status().isConflict());
        change(north, "{\"name\": \"No version\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        mvc.perform(delete(API + "/" + north).header("Authorization", tenant.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/third-parties/" + party + "/tags").header("Authorization", tenant.bearer()))
                .andExpect(jsonPath("$").isEmpty());
        mvc.perform(delete(API + "/" + north).header("Authorization", tenant.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void setupTagsAddsRenamesAndDeletesWithMessagesAndKeepsWhatWasTypedOnARefusal() throws Exception {
        MockHttpSession session = signIn();
        String page = "/t/" + tenant.slug() + "/setup/tags";
        mvc.perform(post(page).session(session).with(csrf()).param("name", "Region: South").param("colour", "green"))
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("notice", "Tag Region: South added."));
        mvc.perform(post(page).session(session).with(csrf()).param("name", "region: south").param("colour", "pink"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("refusal", Matchers.allOf(Matchers.containsString("Name is already"),
                        Matchers.containsString("Colour must be one of"))))
                .andExpect(flash().attribute("typed", Matchers.hasEntry("name", "region: south")));
        long south = JsonPath.<Number>read(mvc.perform(get(API).header("Authorization", tenant.bearer()))
                .andReturn().getResponse().getContentAsString(), "$[0].id").longValue();
        mvc.perform(get(page).session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("tag tag-green")))
                .andExpect(content().string(Matchers.containsString("Region: South")));

        long party = party("Southern Ltd");
        String card = "/t/" + tenant.slug() + "/third-parties/" + party;
        mvc.perform(post(card + "/tags").session(session).with(csrf()).param("tagIds", String.valueOf(south)))
                .andExpect(redirectedUrl(card + "#tags")).andExpect(flash().attribute("notice", "Tags saved."));
        mvc.perform(get("/t/" + tenant.slug() + "/third-parties").param("tag", String.valueOf(south)).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Southern Ltd")))
                .andExpect(content().string(Matchers.containsString("<span class=\"tag tag-green\">Region: South</span>")));
        mvc.perform(get(card).session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"tag-choice-" + south + "\"")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*tag-choice-" + south + "\"[^>]*checked.*")));

        mvc.perform(post(page + "/" + south + "/delete").session(session).with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "Tag Region: South deleted; it came off 1 record."));
    }

    private long tag(String name, String colour) throws Exception {
        String body = create("{\"name\": \"%s\", \"colour\": \"%s\"}".formatted(name, colour))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Number>read(body, "$.id").longValue();
    }

    private long party(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/third-parties").header("Authorization", tenant.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"COMPANY\", \"name\": \"%s\", \"salesRelation\": \"CUSTOMER\"}"
                                .formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Number>read(body, "$.id").longValue();
    }

    private ResultActions create(String json) throws Exception {
        return mvc.perform(post(API).header("Authorization", tenant.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions change(long id, String json) throws Exception {
        return mvc.perform(put(API + "/" + id).header("Authorization", tenant.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions setTags(long party, String ids) throws Exception {
        return mvc.perform(put("/api/v1/third-parties/" + party + "/tags").header("Authorization", tenant.bearer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"tagIds\": " + ids + "}"));
    }

    private MockHttpSession signIn() throws Exception {
        return (MockHttpSession) mvc.perform(post("/t/" + tenant.slug() + "/login").with(csrf())
                        .param("email", tenant.owner().email()).param("password", TestTenant.PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
