package dev.atrium.core.tag;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.IsolationFixture;
import dev.atrium.core.test.SeededIds;
import dev.atrium.core.test.TableSnapshots;
import dev.atrium.core.test.TenantApi;
import dev.atrium.core.test.TenantRows;
import dev.atrium.core.test.TestTenant;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** A tag named after tenant A; another tenant can neither read, rename, delete nor put it on its records. */
@Component
class TagIsolationFixture implements IsolationFixture {

    private static final String[] TABLES = {"tag", "tag_assignment"};

    private final TenantApi api;
    private final TableSnapshots snapshots;

    TagIsolationFixture(TenantApi api, TenantRows rows) {
        this.api = api;
        this.snapshots = new TableSnapshots(rows, TABLES);
    }

    @Override
    public SeededIds seed(TestTenant a) {
        String tag = api.create(a.bearer(), "/api/v1/tags", """
                {"name": "%s", "colour": "blue"}""".formatted(name(a)));
        return new SeededIds().row("tagId", JsonPath.read(tag, "$.id"));
    }

    /** The slug itself when it fits a tag's 40 characters, so no answer to the other tenant may show it. */
    private static String name(TestTenant a) {
        return a.slug().length() <= TagRequest.MAX_NAME ? a.slug() : a.slug().substring(0, TagRequest.MAX_NAME);
    }

    @Override
    public Optional<String> validBody(HttpMethod method, String pattern) {
        if (pattern.startsWith("/api/v1/tags")) {
            return Optional.of("{\"name\": \"Intruder\", \"colour\": \"red\", \"version\": 0}");
        }
        if (pattern.startsWith("/t/{slug}/setup/tags") && method == HttpMethod.POST) {
            return Optional.of("name=Intruder&colour=red&version=0");
        }
        if (pattern.equals("/api/v1/third-parties/{id}/tags")) {
            return Optional.of("{\"tagIds\": []}");
        }
        return Optional.empty();
    }

    @Override
    public void takeSnapshot(TestTenant a) {
        snapshots.take(a);
    }

    @Override
    public void assertUnchanged(TestTenant a) {
        snapshots.assertUnchanged(a, "tags and what carries them");
    }
}
