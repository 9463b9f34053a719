package dev.atrium.core.party;

import static dev.atrium.core.party.ThirdPartyClient.API;
import static dev.atrium.core.party.ThirdPartyClient.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A third party's timeline: what each change records, notes, the page, and other tenants kept out. */
@PlatformTest
class ThirdPartyHistoryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    TestTenant acme;
    ThirdPartyClient api;

    @BeforeEach
    void newTenant() {
        acme = tenants.create("Timeline");
        api = new ThirdPartyClient(mvc, acme);
    }

    @Test
    void anEditRecordsOnlyTheFieldsItChangedWithWhoDidIt() throws Exception {
        long id = api.create(party("Acme", "\"salesRelation\":\"CUSTOMER\",\"email\":\"a@x.test\""));
        api.put(API + "/" + id, party("Acme", "\"version\":" + api.version(id)
                + ",\"salesRelation\":\"CUSTOMER\",\"email\":\"b@x.test\",\"phone\":\"+33 1 23\""))
                .andExpect(status().isOk());

        api.get(API + "/" + id + "/history").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].kind").value("CHANGED"))
                .andExpect(jsonPath("$.items[0].actorName").value(acme.owner().displayName()))
                .andExpect(jsonPath("$.items[0].changes.length()").value(2))
                .andExpect(jsonPath("$.items[0].changes[0].field").value("party.email"))
                .andExpect(jsonPath("$.items[0].changes[0].before").value("a@x.test"))
                .andExpect(jsonPath("$.items[0].changes[0].after").value("b@x.test"))
                .andExpect(jsonPath("$.items[0].changes[1].field").value("party.phone"))
                .andExpect(jsonPath("$.items[1].kind").value("CREATED"))
                .andExpect(jsonPath("$.items.length()").value(2));
    }

    @Test
    void archivingAndAContactAddedAndRemovedAreOnTheTimeline() throws Exception {
        long id = api.create(party("Acme", ""));
        long contact = ThirdPartyClient.id(api.post(API + "/" + id + "/contacts", "{\"name\":\"Ann\"}")
                .andExpect(status().isCreated()));
        api.delete(API + "/" + id + "/contacts/" + contact).andExpect(status().isNoContent());
        api.post(API + "/" + id + "/archive", "").andExpect(status().isOk());

        api.get(API + "/" + id + "/history")
                .andExpect(jsonPath("$.items[*].kind", contains("CHANGED", "CHANGED", "CHANGED", "CREATED")))
                .andExpect(jsonPath("$.items[0].changes[*].field", hasItem("party.field.status")))
                .andExpect(jsonPath("$.items[0].changes[0].after").value("archived"))
                .andExpect(jsonPath("$.items[1].changes[0].before").value("Ann"))
                .andExpect(jsonPath("$.items[2].changes[0].after").value("Ann"));
    }

    @Test
    void aNoteIsKeptAndABlankOrTooLongOneIsA400NamingText() throws Exception {
        long id = api.create(party("Acme", ""));
        api.post(API + "/" + id + "/notes", "{\"text\":\"Called, will order in May\"}")
                .andExpect(status().isNoContent());
        for (String text : List.of("", "   ", "x".repeat(2001))) {
            api.post(API + "/" + id + "/notes", "{\"text\":\"" + text + "\"}").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("text"));
        }
        api.post(API + "/" + id + "/notes", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));

        api.get(API + "/" + id + "/history").andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].kind").value("NOTE"))
                .andExpect(jsonPath("$.items[0].note").value("Called, will order in May"));
    }

    @Test
    void anotherTenantsPartyHasNoHistoryNorNotesForUs() throws Exception {
        long theirs = new ThirdPartyClient(mvc, tenants.create("Other timeline")).create(party("Theirs", ""));

        api.get(API + "/" + theirs + "/history").andExpect(status().isNotFound());
        api.post(API + "/" + theirs + "/notes", "{\"text\":\"Intruder\"}").andExpect(status().isNotFound());
    }

    @Test
    void thePageShowsTheTimelineAfterAnEditAndTakesANote() throws Exception {
        long id = api.create(party("Acme", "\"salesRelation\":\"CUSTOMER\",\"email\":\"a@x.test\""));
        PageSession owner = PageSession.owner(mvc, acme);
        String page = "/t/" + acme.slug() + "/third-parties/" + id;
        owner.post(page, "version", Long.toString(api.version(id)), "kind", "COMPANY", "name", "Acme",
                "salesRelation", "CUSTOMER", "email", "b@x.test").andExpect(redirectedUrl(page));
        owner.post(page + "/notes", "text", "Met at the fair").andExpect(redirectedUrl(page));

        List<Element> entries = Jsoup.parse(owner.html(page)).select("#timeline ol.timeline > li");
        assertThat(entries).as("note, change, creation, newest first").hasSize(3);
        assertThat(entries.get(0).text()).contains(acme.owner().displayName() + " added a note")
                .contains("Met at the fair");
        assertThat(entries.get(1).text()).as("the edit's line")
                .contains(acme.owner().displayName() + " changed Email: a@x.test → b@x.test ·")
                .doesNotContain("Name:");
        assertThat(entries.get(2).text()).contains(acme.owner().displayName() + " created it");

        owner.post(page + "/notes", "text", " ").andExpect(status().isOk());
        assertThat(Jsoup.parse(owner.html(page)).select("#timeline ol.timeline > li")).as("no blank note kept")
                .hasSize(3);
    }
}
