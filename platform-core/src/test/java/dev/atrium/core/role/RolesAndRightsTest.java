package dev.atrium.core.role;

import static dev.atrium.core.test.Problems.invalid;
import static dev.atrium.core.test.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.identity.token.ApiTokenService;
import dev.atrium.core.principal.AtriumPrincipal;
import dev.atrium.core.principal.Role;
import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Rights per feature and action, granted to the company's roles: the built-in defaults, roles of the company's
 * own, the refusal that names the missing right and who can grant it, and one company's roles out of another's
 * reach.
 */
@PlatformTest
class RolesAndRightsTest {

    private static final String PARTIES = "/api/v1/third-parties";
    private static final String ROLES = "/api/v1/roles";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    ApiTokenService tokens;

    TestTenant acme;

    @BeforeEach
    void newTenant() {
        acme = tenants.create("Acme");
    }

    @Test
    void aMemberReadsCreatesEditsAndExportsThirdPartiesButMayNotArchiveThem() throws Exception {
        String member = acme.memberBearer();
        long id = created(call(member, HttpMethod.POST, PARTIES, "{\"kind\":\"COMPANY\",\"name\":\"Kept Ltd\"}"));
        call(member, HttpMethod.GET, PARTIES + "/" + id, null).andExpect(status().isOk());
        call(member, HttpMethod.PUT, PARTIES + "/" + id,
                "{\"version\":0,\"kind\":\"COMPANY\",\"name\":\"Kept Again\"}").andExpect(status().isOk());
        call(member, HttpMethod.GET, PARTIES + "/export.csv", null).andExpect(status().isOk());

        problem(call(member, HttpMethod.POST, PARTIES + "/" + id + "/archive", null), 403)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/missing-right"))
                .andExpect(jsonPath("$.right").value("thirdparty:delete"))
                .andExpect(jsonPath("$.rightName").value("Archive and restore third parties"))
                .andExpect(jsonPath("$.detail").value("You need the right “Archive and restore third parties”. "
                        + "Ask someone with the role Owner or Administrator to grant it: Acme Owner."))
                .andExpect(jsonPath("$.grantedBy.roles", contains("Owner", "Administrator")))
                .andExpect(jsonPath("$.grantedBy.users", contains("Acme Owner")));
        call(acme.bearer(), HttpMethod.GET, PARTIES + "/" + id, null).andExpect(jsonPath("$.status").value("ACTIVE"));
        call(acme.bearer(), HttpMethod.POST, PARTIES + "/" + id + "/archive", null).andExpect(status().isOk());
    }

    @Test
    void theRefusalIsInTheReadersLanguage() throws Exception {
        long id = created(call(acme.bearer(), HttpMethod.POST, PARTIES, "{\"kind\":\"COMPANY\",\"name\":\"Fr\"}"));
        // The member's own language, which comes before the company's and the browser's.
        call(acme.memberBearer(), HttpMethod.PUT, "/api/v1/me",
                "{\"displayName\": \"Acme Member\", \"language\": \"fr\"}").andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.post(PARTIES + "/" + id + "/archive")
                        .header("Authorization", acme.memberBearer()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Il vous faut le droit « Archiver et restaurer des tiers ». "
                        + "Demandez-le à une personne ayant le rôle Propriétaire ou Administrateur : Acme Owner."));
    }

    @Test
    void theBuiltInRolesHoldTheirDefaultRights() throws Exception {
        call(acme.bearer(), HttpMethod.GET, ROLES, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key", contains("OWNER", "ADMIN", "MEMBER")))
                .andExpect(jsonPath("$[0].rights", hasItem("setup:roles")))
                .andExpect(jsonPath("$[1].rights", hasItem("thirdparty:delete")))
                .andExpect(jsonPath("$[2].rights", contains("thirdparty:read", "thirdparty:create",
                        "thirdparty:edit", "thirdparty:export", "product:read", "product:export", "proposal:read",
                        "proposal:edit", "proposal:send", "proposal:export", "order:read", "order:edit",
                        "order:export", "invoice:read", "invoice:edit", "invoice:send", "invoice:export")))
                .andExpect(jsonPath("$[0].users").value(1))
                .andExpect(jsonPath("$[2].users").value(1));
        for (Role role : Role.values()) {
            String held = call(acme.bearer(), HttpMethod.GET, ROLES + "/" + role.key(), null)
                    .andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<java.util.List<String>>read(held, "$.rights"))
                    .as("the rights the database seeds for %s", role).containsExactlyInAnyOrderElementsOf(
                            role.corePermissions());
        }
        call(acme.bearer(), HttpMethod.GET, ROLES + "/rights", null).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Third parties"))
                .andExpect(jsonPath("$[0].rights[3].key").value("thirdparty:delete"));
        problem(call(acme.memberBearer(), HttpMethod.GET, ROLES, null), 403)
                .andExpect(jsonPath("$.right").value("setup:roles"));
    }

    @Test
    void aRoleOfTheCompanysOwnGivesItsUsersExactlyItsRightsFromTheirNextRequest() throws Exception {
        String made = call(acme.bearer(), HttpMethod.POST, ROLES, """
                {"name": "Sales assistant", "rights": ["thirdparty:read", "thirdparty:create"]}""")
                .andExpect(status().isCreated()).andExpect(header().string("Location", ROLES + "/SALES_ASSISTANT"))
                .andExpect(jsonPath("$.key").value("SALES_ASSISTANT")).andExpect(jsonPath("$.builtIn").value(false))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(made, "$.name")).isEqualTo("Sales assistant");
        giveRole(acme.member().userId(), "SALES_ASSISTANT").andExpect(status().isOk());

        String member = acme.memberBearer();
        long id = created(call(member, HttpMethod.POST, PARTIES, "{\"kind\":\"COMPANY\",\"name\":\"Made\"}"));
        problem(call(member, HttpMethod.PUT, PARTIES + "/" + id, "{\"version\":0,\"kind\":\"COMPANY\",\"name\":\"X\"}"),
                403).andExpect(jsonPath("$.right").value("thirdparty:edit"));
        problem(call(member, HttpMethod.GET, PARTIES + "/export.csv", null), 403)
                .andExpect(jsonPath("$.right").value("thirdparty:export"));

        call(acme.bearer(), HttpMethod.PUT, ROLES + "/SALES_ASSISTANT", """
                {"name": "Sales assistant", "rights": ["thirdparty:read", "thirdparty:create", "thirdparty:edit"]}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.rights", hasItem("thirdparty:edit")));
        call(member, HttpMethod.PUT, PARTIES + "/" + id, "{\"version\":0,\"kind\":\"COMPANY\",\"name\":\"Edited\"}")
                .andExpect(status().isOk());

        call(acme.bearer(), HttpMethod.PUT, ROLES + "/SALES_ASSISTANT", "{\"name\": \"Sales assistant\", \"rights\": []}")
                .andExpect(status().isOk());
        problem(call(member, HttpMethod.GET, PARTIES, null), 403).andExpect(jsonPath("$.right").value("thirdparty:read"));
    }

    @Test
    void theOwnerRoleNeverLosesTheRightsToHandOutRolesAndUsersAndOnlyAnOwnerChangesIt() throws Exception {
        problem(call(acme.bearer(), HttpMethod.PUT, ROLES + "/OWNER", "{\"name\": \"Boss\", \"rights\": "
                + "[\"thirdparty:read\", \"setup:users\"]}"), 409)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/owner-keeps-rights"));
        call(acme.bearer(), HttpMethod.PUT, ROLES + "/OWNER", "{\"name\": \"Boss\", \"rights\": "
                + "[\"setup:roles\", \"setup:users\"]}").andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Boss"));
        // The owner holds what the role holds now: no longer the third parties.
        problem(call(acme.bearer(), HttpMethod.GET, PARTIES, null), 403);
        call(acme.bearer(), HttpMethod.GET, ROLES, null).andExpect(jsonPath("$[0].name").value("Boss"));

        long adminId = created(call(acme.bearer(), HttpMethod.POST, "/api/v1/users", """
                {"email": "admin@%s.test", "displayName": "Ada Admin", "role": "ADMIN",
                 "password": "violet kettle under the stairs"}""".formatted(acme.slug())));
        String admin = "Bearer " + tokens.issue(new AtriumPrincipal(adminId, acme.id(), acme.slug(),
                "admin@" + acme.slug() + ".test", "Ada Admin", Role.ADMIN), "test").secret();
        problem(call(admin, HttpMethod.PUT, ROLES + "/OWNER", "{\"name\": \"Mine\", \"rights\": "
                + "[\"setup:roles\", \"setup:users\"]}"), 403)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/owner-required"));
        call(admin, HttpMethod.PUT, ROLES + "/MEMBER", "{\"name\": \"Colleague\", \"rights\": "
                + "[\"thirdparty:read\"]}").andExpect(status().isOk());
    }

    @Test
    void aBuiltInRoleOrOneThatUsersHoldIsNotDeletedAndTheReasonSaysWhy() throws Exception {
        problem(call(acme.bearer(), HttpMethod.DELETE, ROLES + "/MEMBER", null), 409)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/role-built-in"));
        call(acme.bearer(), HttpMethod.POST, ROLES, "{\"name\": \"Temp\", \"rights\": [\"thirdparty:read\"]}")
                .andExpect(status().isCreated());
        giveRole(acme.member().userId(), "TEMP").andExpect(status().isOk());
        problem(call(acme.bearer(), HttpMethod.DELETE, ROLES + "/TEMP", null), 409)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/role-in-use"))
                .andExpect(jsonPath("$.detail", containsString("Acme Member")));
        giveRole(acme.member().userId(), "MEMBER").andExpect(status().isOk());
        call(acme.bearer(), HttpMethod.DELETE, ROLES + "/TEMP", null).andExpect(status().isNoContent());
        problem(call(acme.bearer(), HttpMethod.GET, ROLES + "/TEMP", null), 404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\": \"\", \"rights\": []}|name",
            "{\"name\": \"Ok\"}|rights",
            "{\"name\": \"Ok\", \"rights\": [\"thirdparty:fly\"]}|rights",
            "{\"name\": \"Ok\", \"rights\": [\"\"]}|rights[]"})
    void aBadRoleIsRefusedWithItsFieldAndNothingIsWritten(String body, String field) throws Exception {
        invalid(call(acme.bearer(), HttpMethod.POST, ROLES, body), field);
        call(acme.bearer(), HttpMethod.GET, ROLES, null).andExpect(jsonPath("$.length()").value(3));
    }

    @Test
    void aNameTakenByAnotherRoleAndAnUnknownRoleForAUserAreRefused() throws Exception {
        problem(call(acme.bearer(), HttpMethod.POST, ROLES, "{\"name\": \"member\", \"rights\": []}"), 409)
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/role-name-taken"));
        invalid(giveRole(acme.member().userId(), "NO_SUCH_ROLE"), "role");
    }

    @Test
    void anotherCompanysRolesAreOutOfReachAndItsRefusalNamesOnlyItsOwnPeople() throws Exception {
        TestTenant globex = tenants.create("Globex");
        call(acme.bearer(), HttpMethod.POST, ROLES, "{\"name\": \"Acme only\", \"rights\": [\"thirdparty:read\"]}")
                .andExpect(status().isCreated());

        problem(call(globex.bearer(), HttpMethod.GET, ROLES + "/ACME_ONLY", null), 404);
        problem(call(globex.bearer(), HttpMethod.PUT, ROLES + "/ACME_ONLY", "{\"name\": \"Taken\", \"rights\": []}"),
                404);
        problem(call(globex.bearer(), HttpMethod.DELETE, ROLES + "/ACME_ONLY", null), 404);
        call(globex.bearer(), HttpMethod.GET, ROLES, null)
                .andExpect(jsonPath("$[*].key", not(hasItem("ACME_ONLY"))));
        invalid(mvc.perform(MockMvcRequestBuilders.put("/api/v1/users/" + globex.member().userId() + "/role")
                .header("Authorization", globex.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"ACME_ONLY\"}")), "role");
        call(acme.bearer(), HttpMethod.GET, ROLES + "/ACME_ONLY", null).andExpect(jsonPath("$.name").value("Acme only"));

        long id = created(call(globex.bearer(), HttpMethod.POST, PARTIES, "{\"kind\":\"COMPANY\",\"name\":\"G\"}"));
        call(globex.memberBearer(), HttpMethod.POST, PARTIES + "/" + id + "/archive", null)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.grantedBy.users", contains("Globex Owner")))
                .andExpect(content().string(not(containsString("Acme"))));
    }

    @Test
    void onThePagesAMemberSeesNoArchiveButtonAndARefusalPageThatSaysWhoCanGrantIt() throws Exception {
        long id = created(call(acme.bearer(), HttpMethod.POST, PARTIES, "{\"kind\":\"COMPANY\",\"name\":\"Paged\"}"));
        String detail = "/t/" + acme.slug() + "/third-parties/" + id;
        PageSession member = PageSession.member(mvc, acme);
        assertThat(member.html(detail)).contains("id=\"edit\"").doesNotContain("id=\"archive\"");
        member.get(detail + "/archive").andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Missing right")))
                .andExpect(content().string(containsString("Archive and restore third parties")))
                .andExpect(content().string(containsString("Acme Owner")))
                .andExpect(content().string(containsString("data-menu=\"third-parties\"")));
        member.get("/t/" + acme.slug() + "/setup/roles").andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Manage roles and rights")));
        assertThat(PageSession.owner(mvc, acme).html(detail)).contains("id=\"archive\"");
    }

    @Test
    void theRolesPageCreatesARoleTicksItsRightsRenamesAndDeletesIt() throws Exception {
        PageSession owner = PageSession.owner(mvc, acme);
        String page = "/t/" + acme.slug() + "/setup/roles";
        assertThat(owner.html(page)).contains("Owner").contains("Administrator").contains("Member")
                .contains("Archive and restore third parties").contains("data-menu=\"setup-roles\"");
        owner.post(page, "name", "Viewer", "rights", "thirdparty:read", "rights", "thirdparty:export")
                .andExpect(redirectedUrl(page + "/VIEWER"));
        String edit = owner.html(page + "/VIEWER");
        assertThat(edit).contains("value=\"Viewer\"").contains("Export third parties");
        assertThat(org.jsoup.Jsoup.parse(edit).select("input[name=rights][checked]").eachAttr("value"))
                .containsExactly("thirdparty:read", "thirdparty:export");

        owner.post(page + "/VIEWER", "name", "Reader", "rights", "thirdparty:read")
                .andExpect(redirectedUrl(page + "/VIEWER"));
        call(acme.bearer(), HttpMethod.GET, ROLES + "/VIEWER", null).andExpect(jsonPath("$.name").value("Reader"))
                .andExpect(jsonPath("$.rights", contains("thirdparty:read")));
        owner.post(page + "/VIEWER", "name", "").andExpect(status().isOk())
                .andExpect(content().string(containsString("role-refusal")));

        owner.get(page + "/MEMBER/delete").andExpect(status().isOk());
        owner.post(page + "/MEMBER/delete").andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot be deleted")));
        owner.post(page + "/VIEWER/delete").andExpect(redirectedUrl(page));
        problem(call(acme.bearer(), HttpMethod.GET, ROLES + "/VIEWER", null), 404);

        // Setup → Users offers the company's roles by name.
        assertThat(owner.html("/t/" + acme.slug() + "/setup/users")).contains(">Administrator</option>");
    }

    private ResultActions giveRole(long userId, String role) throws Exception {
        return call(acme.bearer(), HttpMethod.PUT, "/api/v1/users/" + userId + "/role", "{\"role\": \"" + role + "\"}");
    }

    private ResultActions call(String bearer, HttpMethod method, String path, String json) throws Exception {
        var request = MockMvcRequestBuilders.request(method, URI.create(path)).header("Authorization", bearer);
        return mvc.perform(json == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static long created(ResultActions response) throws Exception {
        return ((Number) JsonPath.read(response.andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id")).longValue();
    }
}
