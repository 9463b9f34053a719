package dev.atrium.core.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.IsolationFixture;
import dev.atrium.core.test.SeededIds;
import dev.atrium.core.test.TableSnapshots;
import dev.atrium.core.test.TenantApi;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Tenant A's own email template and a letter to one of its parties: another tenant can neither read nor change
 * the template, nor see, nor send the letter.
 */
@Component
class SendingIsolationFixture implements IsolationFixture {

    private final TenantApi api;
    private final TestLetters letters;
    private final TableSnapshots snapshots;
    private final Map<Long, Long> letterOf = new HashMap<>();

    SendingIsolationFixture(TenantApi api, TenantRows rows, TestLetters letters) {
        this.api = api;
        this.letters = letters;
        this.snapshots = new TableSnapshots(rows, "document_email_template");
    }

    /** Repeatable: the tenant's own template is written again from the shipped one. */
    @Override
    public SeededIds seed(TestTenant a) {
        for (Object id : JsonPath.<List<Object>>read(api.get(a.bearer(), "/api/v1/email-templates"),
                "$[?(@.kind == '" + TestLetters.KIND + "' && @.id != null)].id")) {
            api.call(a.bearer(), HttpMethod.DELETE, "/api/v1/email-templates/" + id, null, 204);
        }
        String template = api.create(a.bearer(), "/api/v1/email-templates", """
                {"kind": "%s", "subject": "Letter {letter.number} of %s", "body": "From %s"}"""
                .formatted(TestLetters.KIND, a.slug(), a.slug()));
        long party = ((Number) JsonPath.read(api.create(a.bearer(), "/api/v1/third-parties", """
                {"kind": "COMPANY", "name": "Recipient of %s", "email": "%s@letters.example"}"""
                .formatted(a.slug(), a.slug())), "$.id")).longValue();
        long letter = letterOf.computeIfAbsent(a.id(),
                tenant -> letters.write(a.id(), party, "L-" + a.slug(), "10.00", true).id());
        return new SeededIds().row("emailTemplateId", JsonPath.read(template, "$.id"))
                .row("documentId", letter).name("kind", TestLetters.KIND);
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
        if (pattern.startsWith("/api/v1/email-templates")) {
            return Optional.of("{\"kind\": \"test-letter\", \"subject\": \"Intruder\", \"body\": \"Intruder\", "
                    + "\"version\": 0}");
        }
        if (pattern.equals("/api/v1/documents/{kind}/{documentId}/send")) {
            return Optional.of("{\"to\": \"intruder@example.test\", \"subject\": \"Intruder\", "
                    + "\"message\": \"Intruder\"}");
        }
        if (pattern.equals("/t/{slug}/documents/{kind}/{documentId}/send") && method == HttpMethod.POST) {
            return Optional.of("to=other&otherAddress=intruder%40example.test&subject=Intruder&message=Intruder");
        }
        if (pattern.startsWith("/t/{slug}/setup/email-templates") && method == HttpMethod.POST) {
            return Optional.of("subject=Intruder&body=Intruder");
        }
        return Optional.empty();
    }

    @Override
    public void takeSnapshot(TestTenant a) {
        snapshots.take(a);
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        snapshots.assertUnchanged(a, "email templates");
        assertThat(letters.letter(a.id(), letterOf.get(a.id())).sentTo())
                .as("tenant A's letter was sent by nobody").isEmpty();
    }
}
