package dev.atrium.core.sending;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.ApiClient;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The API as one tenant's owner calls it to send letters, with a party to send them to. */
class SendingClient extends ApiClient {

    static final String TEMPLATES = "/api/v1/email-templates";

    private final TenantRows rows;

    SendingClient(MockMvc mvc, TestTenant tenant, TenantRows rows) {
        super(mvc, tenant);
        this.rows = rows;
    }

    static String send(long letter) {
        return "/api/v1/documents/" + TestLetters.KIND + "/" + letter + "/send";
    }

    /** A party with two contacts, the primary one second by name, and an email of its own. */
    long party(String name) throws Exception {
        String slug = tenant().slug();
        return id(post("/api/v1/third-parties", """
                {"kind": "COMPANY", "name": "%s", "email": "office@%s.example", "contacts": [
                  {"name": "Albert Accounts", "email": "albert@%s.example"},
                  {"name": "Zoé Primary", "email": "zoe@%s.example", "primary": true},
                  {"name": "No Mail"}]}""".formatted(name, slug, slug, slug)).andExpect(status().isCreated()));
    }

    ResultActions sendLetter(long letter, String json) throws Exception {
        return post(send(letter), json);
    }

    long template(String json) throws Exception {
        return id(post(TEMPLATES, json).andExpect(status().isCreated()));
    }

    /** The letter's history as written in the database: each entry's changes (field → value after), oldest first. */
    List<Map<String, String>> history(long letter) {
        return rows.snapshot(tenant(), "record_history").get("record_history").stream()
                .filter(row -> TestLetters.KIND.equals(row.get("record_type"))
                        && ((Number) row.get("record_id")).longValue() == letter)
                .sorted(Comparator.comparingLong(row -> ((Number) row.get("id")).longValue()))
                .map(row -> {
                    Map<String, String> changes = new LinkedHashMap<>();
                    JsonPath.<List<Map<String, String>>>read(row.get("changes").toString(), "$")
                            .forEach(change -> changes.put(change.get("field"), change.get("after")));
                    return changes;
                }).toList();
    }
}
